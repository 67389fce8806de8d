namespace Ets2Coach.Demo;

/// <summary>How the demo's drive ended.</summary>
internal enum DemoOutcome
{
    /// <summary>The game played every frame and the coach read them all.</summary>
    Completed,

    /// <summary>Ctrl-C: the game was stopped; what was driven is reported.</summary>
    Interrupted,

    /// <summary>The game exited before it finished the drive.</summary>
    GameDied,

    /// <summary>The game started but published no frame within the start timeout.</summary>
    NoTelemetry,

    /// <summary>The shared-memory block was unusable.</summary>
    Faulted,
}
