namespace Ets2Coach.Telemetry;

/// <summary>
/// Anything that yields telemetry the way the plugin publishes it: the live shared-memory reader,
/// a replayed drive file, an in-process simulator. Every consumer (detectors, recorder, live view)
/// reads through this, so a replay scores exactly like the live drive.
/// </summary>
/// <remarks>
/// Ordering contract: frames come in increasing <see cref="TelemetryFrame.FrameNumber"/>; events in
/// increasing <see cref="TelemetryEvent.EventNumber"/>. After <see cref="ReadFrames"/> returned a
/// frame, every event with <see cref="TelemetryEvent.FrameNumber"/> at or below that frame's number
/// is available from <see cref="ReadEvents"/>, so a consumer that reads frames first and events
/// second can deliver each event before its frame (see <see cref="TelemetryPump"/>).
/// Neither read method blocks or allocates.
/// </remarks>
public interface ITelemetrySource : IDisposable
{
    /// <summary>Connection state and exact loss counters.</summary>
    TelemetrySourceStatus Status { get; }

    /// <summary>
    /// <see cref="TelemetrySourceStatus.State"/> without building a snapshot: <see cref="TelemetryPump"/>
    /// reads it on every call, so a live source should override it without allocating.
    /// </summary>
    TelemetrySourceState State => Status.State;

    /// <summary>
    /// <see cref="TelemetrySourceStatus.WriterGeneration"/> without building a snapshot (read by
    /// <see cref="TelemetryPump"/> on every call, like <see cref="State"/>).
    /// </summary>
    ulong WriterGeneration => Status.WriterGeneration;

    /// <summary>The latest configuration (truck, trailers, job, controls) the source has seen.</summary>
    TelemetryConfiguration Configuration { get; }

    /// <summary>Copies up to <paramref name="destination"/>.Length ready frames, oldest first.</summary>
    /// <returns>The number of frames copied; 0 when none is ready.</returns>
    int ReadFrames(Span<TelemetryFrame> destination);

    /// <summary>Copies up to <paramref name="destination"/>.Length ready events, oldest first.</summary>
    /// <returns>The number of events copied; 0 when none is ready.</returns>
    int ReadEvents(Span<TelemetryEvent> destination);

    /// <summary>
    /// Waits until data may be ready or the status changed, using the source's wait strategy.
    /// </summary>
    /// <returns>False once the source has ended for good (end of a replay, or disposed).</returns>
    ValueTask<bool> WaitAsync(CancellationToken cancellationToken);
}
