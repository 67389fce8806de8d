namespace Ets2Coach.Recording.Reading;

/// <summary>What <see cref="DriveFileInspector"/> found in a drive file: its header, intact chunks and damage.</summary>
public sealed record DriveFileReport
{
    /// <summary>The file's name.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The header (defaults with <see cref="DamageKind.Header"/> damage when it was unreadable).</summary>
    public DriveFileHeader Header { get; init; } = new();

    /// <summary>Intact chunks in file order.</summary>
    public IReadOnlyList<DriveChunkInfo> Chunks { get; init; } = [];

    /// <summary>Damaged stretches in file order; empty for an intact file.</summary>
    public IReadOnlyList<DriveFileDamage> Damage { get; init; } = [];

    /// <summary>Frames in the intact chunks.</summary>
    public long FrameCount { get; init; }

    /// <summary>Events in the intact chunks.</summary>
    public long EventCount { get; init; }

    /// <summary>File size in bytes.</summary>
    public long LengthBytes { get; init; }

    /// <summary>True when nothing is damaged.</summary>
    public bool IsIntact => Damage.Count == 0;
}
