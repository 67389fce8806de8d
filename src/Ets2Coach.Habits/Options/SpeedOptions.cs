namespace Ets2Coach.Habits;

/// <summary>Speed-limit drops and sustained speeding (reference 1c).</summary>
public sealed record SpeedOptions
{
    /// <summary>Tolerance over a limit: ETS2's camera tolerance is about 5 km/h (C).</summary>
    public double ToleranceKmh { get; init; } = 5;

    /// <summary>A drop counts only when the limit falls by more than this.</summary>
    public double MinDropKmh { get; init; } = 1;

    /// <summary>Complying within this many seconds of the drop is fine; later is late (D).</summary>
    public double LateAfterSeconds { get; init; } = 3;

    /// <summary>Still over the tolerance after this many seconds: missed (D).</summary>
    public double MissedAfterSeconds { get; init; } = 8;

    /// <summary>Still this far over the new limit 3 s after the drop: missed (D).</summary>
    public double MissedOverKmh { get; init; } = 15;

    /// <summary>Sustained speeding: more than this over the limit (Motive: 6 mph ≈ 10 km/h, B).</summary>
    public double SpeedingOverKmh { get; init; } = 10;

    /// <summary>Sustained speeding: for longer than this (Motive: 1 min, B).</summary>
    public double SpeedingMinSeconds { get; init; } = 60;

    /// <summary>Speeding peaking this far over the limit is serious, else minor (D).</summary>
    public double SpeedingSeriousOverKmh { get; init; } = 20;
}
