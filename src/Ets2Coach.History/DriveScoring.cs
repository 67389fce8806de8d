using Ets2Coach.Habits;

namespace Ets2Coach.History;

/// <summary>
/// What the habit engine made of a drive: its findings and scorecard, and the fingerprint of the
/// options that produced them. A drive's scoring is replaced as a whole when it is re-scored.
/// </summary>
public sealed record DriveScoring
{
    /// <summary>Distance driven, km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Simulation seconds driven (pauses excluded).</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>The distance the points were normalised by, km.</summary>
    public required double NormalisationKm { get; init; }

    /// <summary>Overall score, 0–100.</summary>
    public required double Overall { get; init; }

    /// <summary>The band of <see cref="Overall"/>.</summary>
    public required RiskBand Band { get; init; }

    /// <summary>One entry per <see cref="HabitCategory"/>, in category order.</summary>
    public required IReadOnlyList<HabitScore> Habits { get; init; }

    /// <summary>Every finding, in the order the engine decided them.</summary>
    public required IReadOnlyList<HabitEvent> Events { get; init; }

    /// <summary>
    /// <see cref="HabitOptionsFingerprint"/> of the options the findings and scores came from; null when
    /// unknown (drives stored before schema version 2 until they are re-scored).
    /// </summary>
    public string? OptionsFingerprint { get; init; }

    /// <summary>Findings of <paramref name="severity"/>.</summary>
    public int CountOf(Severity severity)
    {
        var count = 0;
        foreach (var e in Events)
        {
            if (e.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The scoring of a finished engine run: its findings, its scorecard and its options' fingerprint.</summary>
    public static DriveScoring From(HabitEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return From(engine.Score(), [.. engine.Findings], engine.Options);
    }

    /// <summary>The scoring made of <paramref name="score"/> and <paramref name="events"/> under <paramref name="options"/>.</summary>
    public static DriveScoring From(DriveScore score, IReadOnlyList<HabitEvent> events, HabitOptions options)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        return new DriveScoring
        {
            DistanceKm = score.DistanceKm,
            DurationSeconds = score.DurationSeconds,
            NormalisationKm = score.NormalisationKm,
            Overall = score.Overall,
            Band = score.Band,
            Habits = score.Habits,
            Events = events,
            OptionsFingerprint = HabitOptionsFingerprint.Of(options),
        };
    }
}
