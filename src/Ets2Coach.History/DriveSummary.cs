using Ets2Coach.Habits;

namespace Ets2Coach.History;

/// <summary>One line of the drive list: a drive without its findings and per-habit scores.</summary>
public sealed record DriveSummary
{
    /// <summary>The history's id for the drive.</summary>
    public required long Id { get; init; }

    /// <summary>Wall-clock start (display only), UTC.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock end (display only), UTC.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary><c>eut2</c>, <c>ats</c>, or <c>unknown</c>.</summary>
    public required string GameId { get; init; }

    /// <summary>Distance driven, km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Simulation seconds driven.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Nominal frame rate, Hz.</summary>
    public double FrameRateHz { get; init; }

    /// <summary>Frames read.</summary>
    public long FramesRead { get; init; }

    /// <summary>Frames lost.</summary>
    public long FramesLost { get; init; }

    /// <summary>Frames torn.</summary>
    public long FramesTorn { get; init; }

    /// <summary>Overall score, 0–100.</summary>
    public required double Overall { get; init; }

    /// <summary>The band of <see cref="Overall"/>.</summary>
    public required RiskBand Band { get; init; }

    /// <summary>Info findings.</summary>
    public int InfoCount { get; init; }

    /// <summary>Minor findings.</summary>
    public int MinorCount { get; init; }

    /// <summary>Serious findings.</summary>
    public int SeriousCount { get; init; }

    /// <summary>Dangerous findings.</summary>
    public int DangerousCount { get; init; }

    /// <summary>All findings.</summary>
    public int EventCount { get; init; }

    /// <summary>Full path of the drive file, when recorded.</summary>
    public string? FilePath { get; init; }

    /// <summary>How the drive was simulated; null for a drive in the game.</summary>
    public SimulationInfo? Simulation { get; init; }

    /// <summary>Fingerprint of the options the scores came from; null when unknown.</summary>
    public string? OptionsFingerprint { get; init; }
}
