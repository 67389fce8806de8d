namespace Ets2Coach.Telemetry;

/// <summary>What a <see cref="TelemetryEvent"/> reports (<c>e2c_event_kind</c>).</summary>
public enum TelemetryEventKind : uint
{
    /// <summary>Not an event (an empty slot).</summary>
    None = 0,
    /// <summary>A configuration group changed; see <see cref="TelemetryEvent.ConfigurationGroup"/>.</summary>
    Configuration = 1,
    /// <summary>The game paused.</summary>
    Paused = 2,
    /// <summary>The game resumed.</summary>
    Started = 3,
    /// <summary>The game restarted its timers.</summary>
    TimerRestart = 4,
    /// <summary><c>job.cancelled</c>; <see cref="TelemetryEvent.Amount"/> is the penalty.</summary>
    JobCancelled = 5,
    /// <summary><c>job.delivered</c>.</summary>
    JobDelivered = 6,
    /// <summary><c>player.fined</c>; see <see cref="TelemetryEvent.Offence"/> and <see cref="TelemetryEvent.Amount"/>.</summary>
    PlayerFined = 7,
    /// <summary><c>player.tollgate.paid</c>; <see cref="TelemetryEvent.Amount"/> is the toll.</summary>
    TollgatePaid = 8,
    /// <summary><c>player.use.ferry</c>.</summary>
    FerryUsed = 9,
    /// <summary><c>player.use.train</c>.</summary>
    TrainUsed = 10,
    /// <summary>A gameplay event id the plugin does not know; see <see cref="TelemetryEvent.GameplayId"/>.</summary>
    GameplayOther = 11,
}
