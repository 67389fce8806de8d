namespace Ets2Coach.Simulator.Kinematics;

/// <summary>One lane change: the reference sine-acceleration lateral profile (habit-scoring §4.1).</summary>
/// <param name="StartSeconds">Profile start (lateral velocity 0).</param>
/// <param name="DurationSeconds">T; the equivalent duration 2W/v_lat,peak equals T.</param>
/// <param name="WidthM">Signed lateral displacement, left positive.</param>
/// <param name="SpeedMps">The constant speed during the change.</param>
internal readonly record struct LaneChangeSpec(double StartSeconds, double DurationSeconds, double WidthM, double SpeedMps)
{
    public double EndSeconds => StartSeconds + DurationSeconds;

    /// <summary>Peak lateral acceleration, 2π|W|/T².</summary>
    public double PeakLateralMps2 => 2 * Math.PI * Math.Abs(WidthM) / (DurationSeconds * DurationSeconds);

    /// <summary>Peak lateral velocity, 2|W|/T.</summary>
    public double PeakLateralSpeedMps => 2 * Math.Abs(WidthM) / DurationSeconds;

    /// <summary>Offset from the profile start at which |v_lat| first exceeds <paramref name="speedMps"/>.</summary>
    public double CrossingOffsetSeconds(double speedMps)
    {
        var x = 1 - (speedMps * DurationSeconds / Math.Abs(WidthM));
        return DurationSeconds / (2 * Math.PI) * Math.Acos(Math.Clamp(x, -1, 1));
    }
}

/// <summary>The lane changes of a drive, in time order, none overlapping.</summary>
internal sealed class LaneChangeTimeline
{
    private readonly LaneChangeSpec[] _changes;

    public LaneChangeTimeline(LaneChangeSpec[] changes) => _changes = changes;

    public IReadOnlyList<LaneChangeSpec> Changes => _changes;

    /// <summary>
    /// Heading offset from the road (rad) and its first two derivatives at <paramref name="t"/>:
    /// δψ = asin(v_lat / v), so integrating v·(−sin ψ, −cos ψ) moves the truck exactly W sideways.
    /// </summary>
    public void Evaluate(double t, ref int cursor, out double offset, out double rate, out double acceleration)
    {
        offset = rate = acceleration = 0;
        if (_changes.Length == 0)
        {
            return;
        }

        cursor = Math.Clamp(cursor, 0, _changes.Length - 1);
        while (cursor > 0 && t < _changes[cursor].StartSeconds)
        {
            cursor--;
        }

        while (cursor < _changes.Length - 1 && t >= _changes[cursor + 1].StartSeconds)
        {
            cursor++;
        }

        var c = _changes[cursor];
        var tau = t - c.StartSeconds;
        if (tau <= 0 || tau >= c.DurationSeconds)
        {
            return;
        }

        var w = 2 * Math.PI / c.DurationSeconds;
        var k = c.WidthM / c.DurationSeconds;
        var vLat = k * (1 - Math.Cos(w * tau));
        var aLat = k * w * Math.Sin(w * tau);
        var jLat = k * w * w * Math.Cos(w * tau);
        var u = vLat / c.SpeedMps;
        var uDot = aLat / c.SpeedMps;
        var uDdot = jLat / c.SpeedMps;
        var root = Math.Sqrt(1 - (u * u));
        offset = Math.Asin(u);
        rate = uDot / root;
        acceleration = (uDdot / root) + (u * uDot * uDot / (root * root * root));
    }
}
