namespace Ets2Coach.Habits;

/// <summary>How findings become 0–100 scores (reference §7.2; all D, tunable).</summary>
public sealed record ScoringOptions
{
    /// <summary>Score lost per point per 100 km in a habit (k_h).</summary>
    public double PenaltyPerPointPer100Km { get; init; } = 5;

    /// <summary>Distances shorter than this are scored as this, so short drives are not over-penalised.</summary>
    public double MinNormalisationKm { get; init; } = 50;

    /// <summary>Habit weights in percent, indexed by <see cref="HabitCategory"/>; they sum to 100.</summary>
    public IReadOnlyList<double> WeightsPercent { get; init; } = [25, 20, 15, 15, 10, 10, 5];

    /// <summary>Band cut-offs (Geotab): ≥ 90 low risk, ≥ 75 mild, ≥ 60 medium, below high.</summary>
    public IReadOnlyList<double> BandCutoffs { get; init; } = [90, 75, 60];
}
