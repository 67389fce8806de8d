namespace Ets2Coach.History.Rescoring;

/// <summary>What re-scoring did with one drive.</summary>
public enum RescoreStatus
{
    /// <summary>Its findings and scores were replaced.</summary>
    Rescored = 0,

    /// <summary>It has no drive file; its scores are kept.</summary>
    NoFile = 1,

    /// <summary>Its drive file is gone; its scores are kept.</summary>
    FileMissing = 2,

    /// <summary>Its drive file cannot be opened or is not a drive file; its scores are kept.</summary>
    FileUnreadable = 3,

    /// <summary>Its drive file is damaged and damaged files were not accepted; its scores are kept.</summary>
    FileDamaged = 4,

    /// <summary>Scoring its file failed unexpectedly (a bug); its scores are kept.</summary>
    Failed = 5,

    /// <summary>It was deleted while the others were re-scored.</summary>
    Deleted = 6,
}
