namespace Ets2Coach.Telemetry;

/// <summary>Who is writing: the game and the plugin, from the shared-memory header.</summary>
/// <param name="GameId"><c>eut2</c> (ETS2) or <c>ats</c>.</param>
/// <param name="GameName">The game's display name.</param>
/// <param name="TelemetryApiVersion">Negotiated SCS telemetry API, (major &lt;&lt; 16) | minor.</param>
/// <param name="GameSchemaVersion">The game's telemetry schema, (major &lt;&lt; 16) | minor.</param>
/// <param name="PluginVersion">The plugin's version, (major &lt;&lt; 16) | minor.</param>
/// <param name="WriterProcessId">The game's process id.</param>
/// <param name="ChannelsRegistered">Channels the game accepted.</param>
public sealed record WriterInfo(
    string GameId,
    string GameName,
    uint TelemetryApiVersion,
    uint GameSchemaVersion,
    uint PluginVersion,
    int WriterProcessId,
    TelemetryChannels ChannelsRegistered)
{
    /// <summary>Formats an SCS version number as <c>major.minor</c>.</summary>
    public static string FormatVersion(uint version) => $"{version >> 16}.{version & 0xFFFF}";
}
