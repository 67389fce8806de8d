using Ets2Coach.Telemetry;

namespace Ets2Coach.Commands;

/// <summary>
/// Hands out at most a given number of frames from another source, so a pump stops exactly at
/// <c>--count</c> and the source's own counters match what was printed. Does not own the source.
/// </summary>
internal sealed class CountLimitedSource(ITelemetrySource inner, long? limit) : ITelemetrySource
{
    /// <summary>Frames still allowed; null when unlimited.</summary>
    public long? Remaining { get; private set; } = limit;

    /// <inheritdoc />
    public TelemetrySourceStatus Status => inner.Status;

    /// <inheritdoc />
    public TelemetrySourceState State => inner.State;

    /// <inheritdoc />
    public ulong WriterGeneration => inner.WriterGeneration;

    /// <inheritdoc />
    public TelemetryConfiguration Configuration => inner.Configuration;

    /// <inheritdoc />
    public int ReadFrames(Span<TelemetryFrame> destination)
    {
        if (Remaining is not { } remaining)
        {
            return inner.ReadFrames(destination);
        }

        var count = inner.ReadFrames(destination[..(int)Math.Min(destination.Length, remaining)]);
        Remaining = remaining - count;
        return count;
    }

    /// <inheritdoc />
    public int ReadEvents(Span<TelemetryEvent> destination) => inner.ReadEvents(destination);

    /// <inheritdoc />
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => inner.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        // The inner source belongs to the caller.
    }
}
