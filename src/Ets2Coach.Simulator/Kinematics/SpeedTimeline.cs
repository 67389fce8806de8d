namespace Ets2Coach.Simulator.Kinematics;

/// <summary>
/// The longitudinal motion of a whole drive as a piecewise-linear acceleration in drive time, so speed,
/// signed path distance and odometer distance are exact polynomials between knots (no integration error,
/// identical at every sampling rate). Speed never changes sign inside a segment.
/// </summary>
internal sealed class SpeedTimeline
{
    private readonly double[] _t;
    private readonly double[] _a;
    private readonly double[] _v;
    private readonly double[] _s;
    private readonly double[] _odo;

    public SpeedTimeline(double[] t, double[] a, double[] v, double[] s, double[] odo)
    {
        _t = t;
        _a = a;
        _v = v;
        _s = s;
        _odo = odo;
    }

    public int KnotCount => _t.Length;

    public double EndSeconds => _t[^1];

    public double KnotTime(int i) => _t[i];

    public double KnotAcceleration(int i) => _a[i];

    public double KnotSpeed(int i) => _v[i];

    /// <summary>Moves <paramref name="cursor"/> to the segment holding <paramref name="t"/> (either direction).</summary>
    public int Seek(double t, int cursor)
    {
        var last = _t.Length - 2;
        if (cursor > last)
        {
            cursor = last;
        }

        if (cursor < 0)
        {
            cursor = 0;
        }

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

    /// <summary>Evaluates the motion at <paramref name="t"/> (clamped to the drive).</summary>
    public void Evaluate(double t, ref int cursor, out SpeedSample sample)
    {
        cursor = Seek(t, cursor);
        var i = cursor;
        var dt = _t[i + 1] - _t[i];
        var tau = Math.Clamp(t - _t[i], 0, dt);
        var jerk = dt > 0 ? (_a[i + 1] - _a[i]) / dt : 0;
        var a = _a[i] + (jerk * tau);
        var v = _v[i] + (_a[i] * tau) + (0.5 * jerk * tau * tau);
        var ds = (_v[i] * tau) + (0.5 * _a[i] * tau * tau) + (jerk * tau * tau * tau / 6.0);
        var sign = (_v[i] + _v[i + 1]) < 0 ? -1.0 : 1.0;
        sample = new SpeedSample(a, v, _s[i] + ds, _odo[i] + (sign * ds), jerk);
    }

    public double SpeedAt(double t)
    {
        var c = 0;
        Evaluate(t, ref c, out var s);
        return s.SpeedMps;
    }
}

/// <summary>Longitudinal state at one instant.</summary>
internal readonly record struct SpeedSample(double AccelerationMps2, double SpeedMps, double PathM, double OdometerM, double JerkMps3);
