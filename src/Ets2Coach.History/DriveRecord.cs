namespace Ets2Coach.History;

/// <summary>
/// One drive as the history keeps it: when and what was driven, how well the telemetry arrived,
/// where its drive file is, and its <see cref="DriveScoring"/>. <see cref="DriveHistory.AddDrive"/>
/// stores one; <see cref="DriveHistory.GetDrive"/> gives it back with its <see cref="Id"/>.
/// </summary>
/// <remarks>Wall-clock times are for display only and are stored to the millisecond, read back in UTC.</remarks>
public sealed record DriveRecord
{
    /// <summary>The history's id for the drive; 0 for a drive not stored yet.</summary>
    public long Id { get; init; }

    /// <summary>Wall-clock start (display only).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Wall-clock end (display only).</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary><c>eut2</c>, <c>ats</c>, or <c>unknown</c>.</summary>
    public required string GameId { get; init; }

    /// <summary>Nominal frame rate of the telemetry, Hz (0 when unknown).</summary>
    public double FrameRateHz { get; init; }

    /// <summary>Frames the coach read.</summary>
    public long FramesRead { get; init; }

    /// <summary>Frames lost before the coach read them (or to a damaged file).</summary>
    public long FramesLost { get; init; }

    /// <summary>Frames discarded because they were torn while being read.</summary>
    public long FramesTorn { get; init; }

    /// <summary>Full path of the drive file, when the drive was recorded (a relative path is refused).</summary>
    public string? FilePath { get; init; }

    /// <summary>How the drive was simulated; null for a drive in the game.</summary>
    public SimulationInfo? Simulation { get; init; }

    /// <summary>True when the drive came from the simulator.</summary>
    public bool IsSimulated => Simulation is not null;

    /// <summary>Findings and scores.</summary>
    public required DriveScoring Scoring { get; init; }
}
