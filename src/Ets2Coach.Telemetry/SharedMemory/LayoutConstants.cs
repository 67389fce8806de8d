namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// The constants of <c>native/include/ets2coach/e2c_layout.h</c> (layout version 1). Pinned to the
/// header's <c>#define</c>s by <c>LayoutPinningTests</c>, so a drift fails the build's tests.
/// </summary>
internal static class LayoutConstants
{
    /// <summary><c>E2C_MAGIC</c>: "E2CTELEM" read as a little-endian u64.</summary>
    public const ulong Magic = 0x4D454C4554433245;

    /// <summary><c>E2C_LAYOUT_VERSION</c>: the only version this reader understands.</summary>
    public const uint LayoutVersion = 1;

    /// <summary><c>E2C_HEADER_SIZE</c>.</summary>
    public const int HeaderSize = 512;

    /// <summary><c>E2C_FRAME_SLOT_SIZE</c>: u64 seq + 312-byte frame.</summary>
    public const int FrameSlotSize = 320;

    /// <summary><c>E2C_FRAME_SIZE</c>.</summary>
    public const int FrameSize = 312;

    /// <summary><c>E2C_EVENT_SLOT_SIZE</c>: u64 seq + 248-byte event.</summary>
    public const int EventSlotSize = 256;

    /// <summary>Size of <c>e2c_event</c>.</summary>
    public const int EventSize = 248;

    /// <summary><c>E2C_EVENT_PAYLOAD_SIZE</c>.</summary>
    public const int EventPayloadSize = 216;

    /// <summary><c>E2C_CONFIG_SIZE</c>.</summary>
    public const int ConfigSize = 6144;

    /// <summary>Offset of the payload inside a ring slot (after the u64 seq).</summary>
    public const int SlotPayloadOffset = 8;

    /// <summary><c>E2C_MIN_CAPACITY</c>.</summary>
    public const uint MinCapacity = 16;

    /// <summary><c>E2C_MAX_CAPACITY</c>.</summary>
    public const uint MaxCapacity = 1u << 20;

    /// <summary><c>E2C_DEFAULT_FRAME_CAPACITY</c>.</summary>
    public const uint DefaultFrameCapacity = 4096;

    /// <summary><c>E2C_DEFAULT_EVENT_CAPACITY</c>.</summary>
    public const uint DefaultEventCapacity = 1024;

    /// <summary><c>E2C_TRAILER_COUNT</c>.</summary>
    public const int TrailerCount = 10;

    /// <summary>Number of entries of <c>e2c_config.generations</c>.</summary>
    public const int ConfigGenerationCount = 16;

    /// <summary><c>E2C_CH_FIRST_SWITCH</c>: channel bit of the first boolean channel.</summary>
    public const int FirstSwitchChannel = 39;

    /// <summary><c>E2C_CH_COUNT</c>.</summary>
    public const int ChannelCount = 56;

    /// <summary><c>E2C_DEFAULT_SHM_NAME</c>.</summary>
    public const string DefaultName = "Ets2Coach.Telemetry";

    /// <summary>
    /// The largest block a valid header can describe (both capacities at their maximum), rounded up
    /// to a page: the reader never maps more than this, however large a (hostile) file is.
    /// </summary>
    public const long MaxBlockSize = (HeaderSize + ((long)MaxCapacity * (FrameSlotSize + EventSlotSize)) + ConfigSize + 4095) & ~4095L;

    /// <summary>
    /// Largest item number a writer can publish: <c>seq = 2n + 1</c> must fit in a u64. A counter
    /// beyond it is a writer error, never a reason to count 2^63 frames lost.
    /// </summary>
    public const ulong MaxItemNumber = (ulong.MaxValue - 1) / 2;
}
