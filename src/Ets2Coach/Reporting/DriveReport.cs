using Ets2Coach.Habits;

namespace Ets2Coach.Reporting;

/// <summary>Everything the end-of-drive habit report shows, for text (<see cref="HabitReportRenderer"/>) and JSON (<see cref="HabitReportJson"/>).</summary>
internal sealed record DriveReport
{
    /// <summary>What was driven, e.g. "Simulated practice drive: average driver, seed 1".</summary>
    public required string Title { get; init; }

    /// <summary>Which game and plugin the telemetry came from, when known.</summary>
    public string? Source { get; init; }

    /// <summary>The scorecard.</summary>
    public required DriveScore Score { get; init; }

    /// <summary>Every finding, in the order decided.</summary>
    public required IReadOnlyList<HabitEvent> Findings { get; init; }

    /// <summary>Frames and events read and lost.</summary>
    public required FrameCounts Frames { get; init; }

    /// <summary>Where the drive was recorded; null when it was not recorded (replays, <c>--no-record</c>).</summary>
    public RecordingSummary? Recording { get; init; }

    /// <summary>The comparison with the simulator's ground truth; null unless the drive was simulated.</summary>
    public GroundTruthSummary? GroundTruth { get; init; }

    /// <summary>Where the drive went in the drive history; null when it was not stored.</summary>
    public HistorySummary? History { get; init; }

    /// <summary>Detectors that failed and were switched off.</summary>
    public IReadOnlyList<DisabledDetector> DisabledDetectors { get; init; } = [];

    /// <summary>Detectors that lacked their signals for part of the drive (coverage below 1).</summary>
    public IReadOnlyList<DetectorStatus> PartlyBlindDetectors { get; init; } = [];

    /// <summary>Warnings about the input (file damage, skipped rows), already shown as they happened.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the drive was stopped early (Ctrl-C): the report covers what was driven.</summary>
    public bool Interrupted { get; init; }
}
