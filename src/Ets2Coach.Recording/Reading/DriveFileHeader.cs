using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Reading;

/// <summary>What a drive file says about itself (its header record).</summary>
public sealed record DriveFileHeader
{
    /// <summary>Drive-file format version.</summary>
    public int FormatVersion { get; init; }

    /// <summary><c>eut2</c>, <c>ats</c>, or <c>unknown</c>.</summary>
    public string GameId { get; init; } = "unknown";

    /// <summary>The game's display name, when recorded.</summary>
    public string? GameName { get; init; }

    /// <summary>Plugin version, (major &lt;&lt; 16) | minor; 0 when not recorded live.</summary>
    public uint PluginVersion { get; init; }

    /// <summary>Negotiated SCS telemetry API version.</summary>
    public uint TelemetryApiVersion { get; init; }

    /// <summary>The game's telemetry schema version.</summary>
    public uint GameSchemaVersion { get; init; }

    /// <summary>Channels the game accepted.</summary>
    public TelemetryChannels ChannelsRegistered { get; init; }

    /// <summary>Version of the Ets2Coach that wrote the file.</summary>
    public string CoachVersion { get; init; } = "";

    /// <summary>Writer generation recorded.</summary>
    public ulong WriterGeneration { get; init; }

    /// <summary>Nominal frame rate, Hz.</summary>
    public double FrameRateHz { get; init; }

    /// <summary>Wall-clock start of the recording (display only).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Configuration at the start of the recording.</summary>
    public TelemetryConfiguration Configuration { get; init; } = TelemetryConfiguration.Empty;

    /// <summary>Random id of the recording.</summary>
    public string RecorderId { get; init; } = "";

    /// <summary>Where the data came from: <c>live</c>, <c>csv:&lt;file&gt;</c>, ….</summary>
    public string Source { get; init; } = "";

    /// <summary>Simulation time one chunk covers.</summary>
    public TimeSpan ChunkDuration { get; init; }

    /// <summary>The writer description a live source would have reported.</summary>
    public WriterInfo ToWriterInfo() =>
        new(GameId, GameName ?? GameId, TelemetryApiVersion, GameSchemaVersion, PluginVersion, 0, ChannelsRegistered);
}
