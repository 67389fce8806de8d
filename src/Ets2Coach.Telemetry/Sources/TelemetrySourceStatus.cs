namespace Ets2Coach.Telemetry;

/// <summary>A snapshot of a source's state and its exact counters.</summary>
public sealed record TelemetrySourceStatus
{
    /// <summary>Current state.</summary>
    public TelemetrySourceState State { get; init; }

    /// <summary>One-line reason when <see cref="State"/> is <see cref="TelemetrySourceState.Faulted"/> (or a dead/closed writer), else null.</summary>
    public string? Error { get; init; }

    /// <summary>The writer generation currently followed (0 = none).</summary>
    public ulong WriterGeneration { get; init; }

    /// <summary>How many times a new writer generation was followed (plugin re-init, game restart).</summary>
    public int WriterRestarts { get; init; }

    /// <summary>
    /// Protocol violations seen from the writer within one generation (a ring counter moving
    /// backwards, a published slot holding an older sequence). Each one faults the source until a
    /// new writer generation appears; 0 for any correct plugin.
    /// </summary>
    public long WriterErrors { get; init; }

    /// <summary>Game id, versions and plugin version of the current writer, when known.</summary>
    public WriterInfo? Writer { get; init; }

    /// <summary>Frames delivered to the caller.</summary>
    public long FramesRead { get; init; }

    /// <summary>Frames overwritten before the reader got to them.</summary>
    public long FramesLost { get; init; }

    /// <summary>Frames discarded because they were overwritten while being copied.</summary>
    public long FramesTorn { get; init; }

    /// <summary>Events delivered to the caller.</summary>
    public long EventsRead { get; init; }

    /// <summary>Events overwritten before the reader got to them.</summary>
    public long EventsLost { get; init; }

    /// <summary>Events discarded because they were overwritten while being copied.</summary>
    public long EventsTorn { get; init; }
}
