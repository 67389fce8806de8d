using MessagePack;

namespace Ets2Coach.Recording.Format.Records;

/// <summary>
/// Body of the first record. Integer keys are the wire format: never renumber or reuse one; add
/// new members with new keys. Readers ignore keys they do not know.
/// </summary>
[MessagePackObject]
internal sealed class HeaderRecord
{
    /// <summary>Drive-file format version (1).</summary>
    [Key(0)] public int FormatVersion { get; set; }

    /// <summary>Game id: <c>eut2</c>, <c>ats</c>, or <c>unknown</c> for imports.</summary>
    [Key(1)] public string? GameId { get; set; }

    /// <summary>Plugin version, (major &lt;&lt; 16) | minor; 0 when not recorded live.</summary>
    [Key(2)] public uint PluginVersion { get; set; }

    /// <summary>Version of the Ets2Coach that wrote the file.</summary>
    [Key(3)] public string? CoachVersion { get; set; }

    /// <summary>Writer generation of the plugin instance recorded.</summary>
    [Key(4)] public ulong WriterGeneration { get; set; }

    /// <summary>Nominal frame rate, Hz.</summary>
    [Key(5)] public double FrameRateHz { get; set; }

    /// <summary>Wall-clock start, Unix milliseconds (display only; never used for timing).</summary>
    [Key(6)] public long StartedUnixMs { get; set; }

    /// <summary>Configuration at the start of the recording.</summary>
    [Key(7)] public ConfigurationRecord? Configuration { get; set; }

    /// <summary>Random id of this recording.</summary>
    [Key(8)] public string? RecorderId { get; set; }

    /// <summary>Game display name.</summary>
    [Key(9)] public string? GameName { get; set; }

    /// <summary>Negotiated SCS telemetry API version.</summary>
    [Key(10)] public uint TelemetryApiVersion { get; set; }

    /// <summary>Game telemetry schema version.</summary>
    [Key(11)] public uint GameSchemaVersion { get; set; }

    /// <summary>Channels the game accepted (<see cref="Telemetry.TelemetryChannels"/> bits).</summary>
    [Key(12)] public ulong ChannelsRegistered { get; set; }

    /// <summary>Simulation time one chunk covers, µs.</summary>
    [Key(13)] public long ChunkDurationUs { get; set; }

    /// <summary>Where the data came from: <c>live</c>, <c>csv:&lt;file name&gt;</c>, ….</summary>
    [Key(14)] public string? Source { get; set; }
}
