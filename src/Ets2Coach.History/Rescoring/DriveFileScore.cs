using Ets2Coach.Recording.Reading;

namespace Ets2Coach.History.Rescoring;

/// <summary>What <see cref="DriveFileScorer"/> made of a drive file.</summary>
public sealed record DriveFileScore
{
    /// <summary>Findings and scores of the frames that could be read.</summary>
    public required DriveScoring Scoring { get; init; }

    /// <summary>The file's header.</summary>
    public required DriveFileHeader Header { get; init; }

    /// <summary>Damaged stretches that were skipped; empty for an intact file.</summary>
    public required IReadOnlyList<DriveFileDamage> Damage { get; init; }

    /// <summary>Frames replayed.</summary>
    public required long FramesRead { get; init; }

    /// <summary>True when nothing was skipped.</summary>
    public bool IsIntact => Damage.Count == 0;

    /// <summary>One line about the damage (the first stretch, and how many more), or null for an intact file.</summary>
    public string? DamageSummary => Damage.Count switch
    {
        0 => null,
        1 => Damage[0].Message,
        _ => $"{Damage[0].Message} (and {Damage.Count - 1} more damaged stretches)",
    };
}
