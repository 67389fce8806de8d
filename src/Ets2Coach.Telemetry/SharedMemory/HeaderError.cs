namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Why <see cref="HeaderValidator"/> refused a block, one code per rule of the protocol doc.</summary>
internal enum HeaderError
{
    /// <summary>The header is valid.</summary>
    None = 0,

    /// <summary>The mapped block is shorter than the 512-byte header.</summary>
    Truncated,

    /// <summary><c>magic</c> is not <c>E2C_MAGIC</c>.</summary>
    BadMagic,

    /// <summary><c>layout_version</c> is not a version this reader knows.</summary>
    UnsupportedLayoutVersion,

    /// <summary><c>header_size</c> is not 512.</summary>
    BadHeaderSize,

    /// <summary><c>frame_slot_size</c> is not 320.</summary>
    BadFrameSlotSize,

    /// <summary><c>event_slot_size</c> is not 256.</summary>
    BadEventSlotSize,

    /// <summary><c>config_size</c> is not 6,144.</summary>
    BadConfigSize,

    /// <summary><c>frame_capacity</c> is not a power of two in [16, 1,048,576].</summary>
    BadFrameCapacity,

    /// <summary><c>event_capacity</c> is not a power of two in [16, 1,048,576].</summary>
    BadEventCapacity,

    /// <summary><c>frames_offset</c> is not 512.</summary>
    BadFramesOffset,

    /// <summary><c>events_offset</c> is not <c>frames_offset + frame_capacity × 320</c>.</summary>
    BadEventsOffset,

    /// <summary><c>config_offset</c> is not <c>events_offset + event_capacity × 256</c>.</summary>
    BadConfigOffset,

    /// <summary><c>total_size</c> is smaller than <c>config_offset + config_size</c>.</summary>
    TotalSizeTooSmall,

    /// <summary><c>total_size</c> is larger than the mapped length.</summary>
    TotalSizeBeyondMapping,

    /// <summary><c>state</c> is not 0, 1 or 2.</summary>
    BadState,

    /// <summary><c>writer_generation</c> is 0 although <c>state</c> is RUNNING.</summary>
    ZeroGeneration,
}
