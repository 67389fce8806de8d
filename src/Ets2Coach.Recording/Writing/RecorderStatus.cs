namespace Ets2Coach.Recording.Writing;

/// <summary>A snapshot of a recorder, for the live view.</summary>
public sealed record RecorderStatus
{
    /// <summary>Current state.</summary>
    public RecorderState State { get; init; }

    /// <summary>One line for the user: why recording failed, or a summary once stopped; null while recording.</summary>
    public string? Message { get; init; }

    /// <summary>The file (or stream description) being written.</summary>
    public string FileName { get; init; } = "";

    /// <summary>Frames handed to the recorder and accepted.</summary>
    public long FramesAccepted { get; init; }

    /// <summary>Frames whose chunk has been handed to the operating system (survive the process being killed).</summary>
    public long FramesWritten { get; init; }

    /// <summary>Frames that could not be recorded (writer too far behind, or after a failure).</summary>
    public long FramesDropped { get; init; }

    /// <summary>Chunks handed to the operating system.</summary>
    public long ChunksWritten { get; init; }

    /// <summary>Frames whose chunk has also been flushed to the disk itself (survive a power cut).</summary>
    public long FramesDurable { get; init; }

    /// <summary>Bytes written to the file.</summary>
    public long BytesWritten { get; init; }
}
