namespace Ets2Coach.Habits;

/// <summary>Headlights at night and in rain (reference 3).</summary>
public sealed record LightsOptions
{
    /// <summary>Required window start, minute of the game day: 20:30 (D: ETS2 sunset ≥ 21:00 minus twilight margin).</summary>
    public int RequiredFromMinuteOfDay { get; init; } = (20 * 60) + 30;

    /// <summary>Required window end, minute of the game day: 06:00 (D).</summary>
    public int RequiredUntilMinuteOfDay { get; init; } = 6 * 60;

    /// <summary>Recommended (tip) window start: 19:00 (older TruckersMP rule, C).</summary>
    public int RecommendedFromMinuteOfDay { get; init; } = 19 * 60;

    /// <summary>Recommended (tip) window end: 07:00 (C).</summary>
    public int RecommendedUntilMinuteOfDay { get; init; } = 7 * 60;

    /// <summary>Lights are only required while moving faster than this.</summary>
    public double MinSpeedKmh { get; init; } = 5;

    /// <summary>Grace after the window opens, the wipers start or the truck moves off, simulation seconds (D).</summary>
    public double GraceSeconds { get; init; } = 15;

    /// <summary>Off longer than this (after the grace) is serious (D).</summary>
    public double SeriousAfterSeconds { get; init; } = 60;

    /// <summary>Off at this speed or more is serious (D).</summary>
    public double SeriousAtKmh { get; init; } = 60;
}
