namespace Ets2Coach.Telemetry;

/// <summary>Where a telemetry source stands.</summary>
public enum TelemetrySourceState
{
    /// <summary>No game (or no plugin) is publishing yet; the source keeps looking.</summary>
    WaitingForGame,
    /// <summary>The writer is running and its heartbeat is fresh.</summary>
    Connected,
    /// <summary>The writer's heartbeat stopped for 2 s while it claimed to run: the game died or hung.</summary>
    WriterDead,
    /// <summary>The plugin shut down (game exit or <c>sdk unload</c>); the source waits for a new one.</summary>
    WriterClosed,
    /// <summary>The block is not usable (wrong magic, version or geometry); see <see cref="TelemetrySourceStatus.Error"/>.</summary>
    Faulted,
    /// <summary>A finite source (a replay) has delivered everything.</summary>
    Ended,
}
