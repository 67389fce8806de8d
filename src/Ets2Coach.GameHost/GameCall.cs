namespace Ets2Coach.GameHost;

/// <summary>Which game-to-plugin call is running: the SDK's rules depend on it.</summary>
internal enum GameCall
{
    /// <summary>The game is not calling the plugin (a plugin call now would come from another thread or a stray timer).</summary>
    None,
    /// <summary>Inside <c>scs_telemetry_init</c>.</summary>
    Init,
    /// <summary>Inside <c>scs_telemetry_shutdown</c>.</summary>
    Shutdown,
    /// <summary>Inside an event callback.</summary>
    Event,
    /// <summary>Inside a channel callback.</summary>
    Channel,
}
