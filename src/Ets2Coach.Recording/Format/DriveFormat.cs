using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// Constants of the drive-file format (see <c>docs/recording-format.md</c>). Every limit here is a
/// hard bound the reader enforces before it allocates, so a hostile file cannot make it use
/// unbounded memory or time.
/// </summary>
internal static class DriveFormat
{
    /// <summary>The drive-file format this version writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Record signature "E2CD" (bytes 45 32 43 44), little-endian u32.</summary>
    public const uint Magic = 0x44433245;

    /// <summary>Bytes before each record body: magic, kind, version, reserved, length, CRC-32.</summary>
    public const int PrefixSize = 16;

    /// <summary>Largest record body a reader accepts (a 60 Hz chunk is ~4 KB; 8 MiB is ~2,000x that).</summary>
    public const int MaxRecordBodyBytes = 8 << 20;

    /// <summary>Most frames one chunk may hold (the recorder seals at <see cref="DriveRecorderDefaults.FramesPerChunkCapacity"/>).</summary>
    public const int MaxFramesPerChunk = 8192;

    /// <summary>Most events one chunk may hold.</summary>
    public const int MaxEventsPerChunk = 8192;

    /// <summary>Most configuration changes one chunk may hold.</summary>
    public const int MaxConfigurationsPerChunk = 256;

    /// <summary>Longest string (in UTF-16 chars) a configuration record may carry.</summary>
    public const int MaxStringLength = 1024;

    /// <summary>Most trailers a configuration may list (the SDK has trailer.0 ... trailer.9).</summary>
    public const int MaxTrailers = 10;

    /// <summary>Most per-group generations a configuration may list.</summary>
    public const int MaxGenerations = 64;

    /// <summary>Deepest MessagePack nesting a reader follows (the format nests 4 levels).</summary>
    public const int MaxObjectGraphDepth = 16;

    /// <summary>Largest decompressed chunk payload: every frame and event raw, plus slack for configurations.</summary>
    public const int MaxDecompressedBytes =
        (MaxFramesPerChunk * TelemetryFrame.SizeInBytes) + (MaxEventsPerChunk * (TelemetryEvent.SizeInBytes + 2)) + (1 << 20);
}
