namespace Ets2Coach.Simulator.Kinematics;

/// <summary>Appends piecewise-linear acceleration segments and keeps the exact end state.</summary>
internal sealed class SpeedTimelineBuilder
{
    private readonly List<double> _t = [0];
    private readonly List<double> _a = [0];
    private readonly List<double> _v;
    private readonly List<double> _s = [0];
    private readonly List<double> _odo = [0];

    /// <summary>Starts at time 0, standing or at <paramref name="initialSpeed"/> (scratch profiles for planning).</summary>
    public SpeedTimelineBuilder(double initialSpeed = 0) => _v = [initialSpeed];

    public double Time => _t[^1];

    public double Acceleration => _a[^1];

    public double Speed => _v[^1];

    public double Path => _s[^1];

    public double Odometer => _odo[^1];

    /// <summary>Acceleration moves linearly to <paramref name="endAcceleration"/> over <paramref name="seconds"/>.</summary>
    public void Ramp(double seconds, double endAcceleration)
    {
        if (!(seconds > 0))
        {
            if (seconds == 0 && endAcceleration == Acceleration)
            {
                return;
            }

            throw new InvalidOperationException($"Speed segment needs a positive duration (got {seconds}).");
        }

        var a0 = Acceleration;
        var v0 = Speed;
        var jerk = (endAcceleration - a0) / seconds;
        var v1 = v0 + (a0 * seconds) + (0.5 * jerk * seconds * seconds);
        if (Math.Abs(v1) < 1e-9)
        {
            v1 = 0;
        }

        // Speed must not change sign inside a segment (the odometer counts |distance|): split at the root.
        if (v0 * v1 < 0)
        {
            throw new InvalidOperationException("Speed crosses zero inside a segment; stop first.");
        }

        var ds = (v0 * seconds) + (0.5 * a0 * seconds * seconds) + (jerk * seconds * seconds * seconds / 6.0);
        var sign = (v0 + v1) < 0 ? -1.0 : 1.0;
        _t.Add(Time + seconds);
        _a.Add(endAcceleration);
        _v.Add(v1);
        _s.Add(Path + ds);
        _odo.Add(Odometer + (sign * ds));
    }

    /// <summary>Constant speed (the acceleration must already be 0).</summary>
    public void Hold(double seconds) => Ramp(seconds, 0);

    /// <summary>Removes rounding residue so a stop ends at exactly 0 m/s.</summary>
    public void SnapSpeed(double speed)
    {
        if (Math.Abs(_v[^1] - speed) > 1e-6)
        {
            throw new InvalidOperationException($"Speed {_v[^1]} is not {speed}.");
        }

        _v[^1] = speed;
    }

    public SpeedTimeline Build() => new([.. _t], [.. _a], [.. _v], [.. _s], [.. _odo]);
}
