namespace Ets2Coach.Habits;

/// <summary>A drive's scorecard (docs/habits.md, "Scores").</summary>
public sealed record DriveScore
{
    /// <summary>Distance driven, km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Simulation seconds driven.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>The distance the points were normalised by: max(distance, the minimum), km.</summary>
    public required double NormalisationKm { get; init; }

    /// <summary>True when the drive was shorter than the minimum normalisation distance.</summary>
    public bool IsProvisional => DistanceKm < NormalisationKm;

    /// <summary>Weighted mean of the habit scores, 0–100.</summary>
    public required double Overall { get; init; }

    /// <summary>The band <see cref="Overall"/> falls in.</summary>
    public required RiskBand Band { get; init; }

    /// <summary>Every habit, in <see cref="HabitCategory"/> order.</summary>
    public required IReadOnlyList<HabitScore> Habits { get; init; }

    /// <summary>Findings per severity (every severity present, zero when none).</summary>
    public required IReadOnlyDictionary<Severity, int> CountsBySeverity { get; init; }

    /// <summary>Findings per kind (only kinds that occurred).</summary>
    public required IReadOnlyDictionary<HabitKind, int> CountsByKind { get; init; }

    /// <summary>Up to three habits with the most points, most first: what to fix first.</summary>
    public required IReadOnlyList<HabitCategory> FixFirst { get; init; }
}
