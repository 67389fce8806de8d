using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// Mirror of <c>e2c_header</c> (512 bytes). Only ever viewed through a pointer into the mapped
/// block; the reader copies the validated geometry out of it once (<see cref="BlockGeometry"/>) and
/// afterwards reads only the live fields (<see cref="State"/>, <see cref="WriterGeneration"/>,
/// <see cref="Heartbeat"/>, <see cref="FramesWritten"/>, <see cref="EventsWritten"/>), each with
/// <see cref="Volatile.Read(ref readonly ulong)"/>.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = LayoutConstants.HeaderSize)]
internal struct BlockHeader
{
    /// <summary><c>magic</c>.</summary>
    [FieldOffset(0)] public ulong Magic;

    /// <summary><c>layout_version</c>.</summary>
    [FieldOffset(8)] public uint LayoutVersion;

    /// <summary><c>header_size</c>.</summary>
    [FieldOffset(12)] public uint HeaderSize;

    /// <summary><c>total_size</c>.</summary>
    [FieldOffset(16)] public ulong TotalSize;

    /// <summary><c>frames_offset</c>.</summary>
    [FieldOffset(24)] public ulong FramesOffset;

    /// <summary><c>events_offset</c>.</summary>
    [FieldOffset(32)] public ulong EventsOffset;

    /// <summary><c>config_offset</c>.</summary>
    [FieldOffset(40)] public ulong ConfigOffset;

    /// <summary><c>frame_slot_size</c>.</summary>
    [FieldOffset(48)] public uint FrameSlotSize;

    /// <summary><c>frame_capacity</c>.</summary>
    [FieldOffset(52)] public uint FrameCapacity;

    /// <summary><c>event_slot_size</c>.</summary>
    [FieldOffset(56)] public uint EventSlotSize;

    /// <summary><c>event_capacity</c>.</summary>
    [FieldOffset(60)] public uint EventCapacity;

    /// <summary><c>config_size</c>.</summary>
    [FieldOffset(64)] public uint ConfigSize;

    /// <summary><c>state</c> (<see cref="WriterState"/>).</summary>
    [FieldOffset(68)] public uint State;

    /// <summary><c>writer_generation</c>: new at every init, never 0.</summary>
    [FieldOffset(72)] public ulong WriterGeneration;

    /// <summary><c>telemetry_api_version</c>.</summary>
    [FieldOffset(80)] public uint TelemetryApiVersion;

    /// <summary><c>game_schema_version</c>.</summary>
    [FieldOffset(84)] public uint GameSchemaVersion;

    /// <summary><c>game_id</c>.</summary>
    [FieldOffset(88)] public Utf8Text16 GameId;

    /// <summary><c>game_name</c>.</summary>
    [FieldOffset(104)] public Utf8Text64 GameName;

    /// <summary><c>plugin_version</c>.</summary>
    [FieldOffset(168)] public uint PluginVersion;

    /// <summary><c>writer_pid</c>.</summary>
    [FieldOffset(172)] public uint WriterPid;

    /// <summary><c>channels_registered</c>.</summary>
    [FieldOffset(176)] public ulong ChannelsRegistered;

    /// <summary><c>started_unix_ms</c>.</summary>
    [FieldOffset(184)] public ulong StartedUnixMs;

    /// <summary><c>frames_written</c>: number of the last published frame (own cache line).</summary>
    [FieldOffset(256)] public ulong FramesWritten;

    /// <summary><c>heartbeat</c>: bumped at every game callback.</summary>
    [FieldOffset(264)] public ulong Heartbeat;

    /// <summary><c>events_written</c>: number of the last published event (own cache line).</summary>
    [FieldOffset(384)] public ulong EventsWritten;
}
