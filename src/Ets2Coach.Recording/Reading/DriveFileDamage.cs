namespace Ets2Coach.Recording.Reading;

/// <summary>
/// One damaged stretch of a drive file and what it cost, with a one-line <see cref="Message"/> such as
/// <c>drive.e2cd: chunk 37 (t = 36.0–37.0 s) is corrupt (CRC mismatch); 1 chunk skipped (60 frames lost), 3,600 frames recovered after it</c>.
/// </summary>
public sealed record DriveFileDamage
{
    /// <summary>Why the stretch is unusable.</summary>
    public DamageKind Kind { get; init; }

    /// <summary>Byte offset where the damage starts.</summary>
    public long Offset { get; init; }

    /// <summary>Bytes skipped.</summary>
    public long LengthBytes { get; init; }

    /// <summary>First chunk index lost, when known.</summary>
    public uint? FirstLostChunk { get; init; }

    /// <summary>Last chunk index lost, when known (null at the end of a file).</summary>
    public uint? LastLostChunk { get; init; }

    /// <summary>Drive time where the loss starts, seconds.</summary>
    public double? FromSeconds { get; init; }

    /// <summary>Drive time where intact data resumes, seconds (null at the end of a file).</summary>
    public double? ToSeconds { get; init; }

    /// <summary>Frames lost, when the frame numbers around the damage tell.</summary>
    public long? FramesLost { get; init; }

    /// <summary>Frames recovered after the damage.</summary>
    public long FramesRecoveredAfter { get; init; }

    /// <summary>The one-line description for the user.</summary>
    public string Message { get; init; } = "";
}
