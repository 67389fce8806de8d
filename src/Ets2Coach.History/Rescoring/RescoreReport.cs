namespace Ets2Coach.History.Rescoring;

/// <summary>What <see cref="DriveRescorer.Rescore"/> did, drive by drive.</summary>
public sealed record RescoreReport
{
    /// <summary>Fingerprint of the options the drives were re-scored with.</summary>
    public required string OptionsFingerprint { get; init; }

    /// <summary>Every drive, in id order.</summary>
    public required IReadOnlyList<RescoreOutcome> Drives { get; init; }

    /// <summary>Drives whose scores were replaced.</summary>
    public int RescoredCount => Drives.Count(d => d.IsRescored);

    /// <summary>Drives that could not be re-scored (scores kept), deleted ones excluded.</summary>
    public int NotRescoredCount => Drives.Count(d => !d.IsRescored && d.Status != RescoreStatus.Deleted);
}
