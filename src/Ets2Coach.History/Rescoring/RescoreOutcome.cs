using Ets2Coach.Habits;

namespace Ets2Coach.History.Rescoring;

/// <summary>One drive's re-scoring.</summary>
public sealed record RescoreOutcome
{
    /// <summary>The drive.</summary>
    public required long DriveId { get; init; }

    /// <summary>What happened.</summary>
    public required RescoreStatus Status { get; init; }

    /// <summary>Its drive file, when it has one.</summary>
    public string? FilePath { get; init; }

    /// <summary>Overall score before.</summary>
    public required double PreviousOverall { get; init; }

    /// <summary>Findings before.</summary>
    public required int PreviousEventCount { get; init; }

    /// <summary>Overall score after, when <see cref="RescoreStatus.Rescored"/>.</summary>
    public double? Overall { get; init; }

    /// <summary>Band after, when rescored.</summary>
    public RiskBand? Band { get; init; }

    /// <summary>Findings after, when rescored.</summary>
    public int? EventCount { get; init; }

    /// <summary>One line for the user: why it was not rescored, or the damage a rescored file had; null otherwise.</summary>
    public string? Message { get; init; }

    /// <summary>True when the drive's scores were replaced.</summary>
    public bool IsRescored => Status == RescoreStatus.Rescored;
}
