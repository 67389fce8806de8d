namespace Ets2Coach.Simulator.Kinematics;

/// <summary>
/// The road heading of a whole drive: yaw rate piecewise-linear in drive time (clothoid-like transitions,
/// constant-curvature arcs at constant speed), heading exact between knots; a knot may carry a heading
/// jump (ferry). Heading in radians, counter-clockwise positive, 0 = north (−Z).
/// </summary>
internal sealed class YawTimeline
{
    private readonly double[] _t;
    private readonly double[] _omega;
    private readonly double[] _psi;

    public YawTimeline(double[] t, double[] omega, double[] psi)
    {
        _t = t;
        _omega = omega;
        _psi = psi;
    }

    public int Seek(double t, int cursor)
    {
        var last = _t.Length - 2;
        cursor = Math.Clamp(cursor, 0, last);
        while (cursor > 0 && t < _t[cursor])
        {
            cursor--;
        }

        while (cursor < last && t >= _t[cursor + 1])
        {
            cursor++;
        }

        return cursor;
    }

    /// <summary>Heading (rad), yaw rate (rad/s) and yaw acceleration (rad/s²) at <paramref name="t"/>.</summary>
    public void Evaluate(double t, ref int cursor, out double psi, out double omega, out double omegaDot)
    {
        cursor = Seek(t, cursor);
        var i = cursor;
        var dt = _t[i + 1] - _t[i];
        var tau = Math.Clamp(t - _t[i], 0, dt);
        omegaDot = dt > 0 ? (_omega[i + 1] - _omega[i]) / dt : 0;
        omega = _omega[i] + (omegaDot * tau);
        psi = _psi[i] + (_omega[i] * tau) + (0.5 * omegaDot * tau * tau);
    }
}

/// <summary>Builds a <see cref="YawTimeline"/> segment by segment.</summary>
internal sealed class YawTimelineBuilder
{
    private readonly List<double> _t = [0];
    private readonly List<double> _omega = [0];
    private readonly List<double> _psi;
    private double _heading;

    public YawTimelineBuilder(double initialHeading)
    {
        _heading = initialHeading;
        _psi = [initialHeading];
    }

    public double Time => _t[^1];

    public double Omega => _omega[^1];

    /// <summary>Heading at the current end.</summary>
    public double Heading => _heading;

    public void Ramp(double seconds, double endOmega)
    {
        if (!(seconds > 0))
        {
            throw new InvalidOperationException($"Yaw segment needs a positive duration (got {seconds}).");
        }

        var w0 = Omega;
        _heading += 0.5 * (w0 + endOmega) * seconds;
        _t.Add(Time + seconds);
        _omega.Add(endOmega);
        _psi.Add(_heading);
    }

    /// <summary>Straight road up to <paramref name="time"/> (yaw rate must be 0).</summary>
    public void StraightUntil(double time)
    {
        if (time > Time + 1e-9)
        {
            Ramp(time - Time, 0);
        }
    }

    /// <summary>From now on the heading is <paramref name="heading"/> (a ferry crossing).</summary>
    public void JumpHeading(double heading)
    {
        _heading = heading;
        _psi[^1] = heading;
    }

    public YawTimeline Build(double endTime)
    {
        StraightUntil(endTime + 1);
        return new YawTimeline([.. _t], [.. _omega], [.. _psi]);
    }
}
