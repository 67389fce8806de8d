using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator;

/// <summary>
/// An <see cref="ITelemetrySource"/> over a <see cref="DriveSimulator"/>: frames and events as fast as they are
/// asked for, in the ordering contract of the interface (an event's frame number is the frame it precedes, and
/// every event of a frame is readable once the frame was read). <see cref="Configuration"/> follows the
/// configuration events as they are read; at the end the state is <see cref="TelemetrySourceState.Ended"/>.
/// </summary>
public sealed class SimulatedTelemetrySource : ITelemetrySource
{
    private const int QueueCapacity = 4096;

    private readonly DriveSimulator _simulator;
    private readonly TelemetryEvent[] _queue = new TelemetryEvent[QueueCapacity];
    private readonly TelemetryConfiguration?[] _queueConfiguration = new TelemetryConfiguration?[QueueCapacity];
    private readonly TelemetryEvent[] _scratch = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
    private int _head;
    private int _count;
    private long _framesRead;
    private long _eventsRead;
    private bool _ended;
    private bool _disposed;
    private TelemetrySourceStatus? _status;

    /// <summary>Reads <paramref name="simulator"/> from its current position.</summary>
    public SimulatedTelemetrySource(DriveSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        _simulator = simulator;
    }

    /// <inheritdoc />
    public TelemetrySourceStatus Status => _status ??= new TelemetrySourceStatus
    {
        State = _ended ? TelemetrySourceState.Ended : TelemetrySourceState.Connected,
        WriterGeneration = 1,
        Writer = _simulator.Writer,
        FramesRead = _framesRead,
        EventsRead = _eventsRead,
    };

    /// <inheritdoc />
    public TelemetryConfiguration Configuration { get; private set; } = TelemetryConfiguration.Empty;

    /// <inheritdoc />
    public int ReadFrames(Span<TelemetryFrame> destination)
    {
        if (_disposed)
        {
            return 0;
        }

        var read = 0;
        while (read < destination.Length && _count + DriveSimulator.MaxEventsPerFrame <= QueueCapacity)
        {
            if (!_simulator.TryStep(out var frame, _scratch, out var eventCount, out var configuration))
            {
                _ended = true;
                break;
            }

            for (var i = 0; i < eventCount; i++)
            {
                var slot = (_head + _count) % QueueCapacity;
                _queue[slot] = _scratch[i];

                // The configuration becomes current when the last configuration event of its frame is read.
                _queueConfiguration[slot] = _scratch[i].Kind == TelemetryEventKind.Configuration && configuration is not null && IsLastConfiguration(i, eventCount) ? configuration : null;
                _count++;
            }

            destination[read++] = frame;
        }

        if (read > 0 || _ended)
        {
            _framesRead += read;
            _status = null;
        }

        if (_simulator.FramesProduced >= _simulator.TotalFrames && !_ended)
        {
            _ended = true;
            _status = null;
        }

        return read;
    }

    /// <inheritdoc />
    public int ReadEvents(Span<TelemetryEvent> destination)
    {
        var read = 0;
        while (read < destination.Length && _count > 0)
        {
            destination[read++] = _queue[_head];
            if (_queueConfiguration[_head] is { } configuration)
            {
                Configuration = configuration;
                _queueConfiguration[_head] = null;
            }

            _head = (_head + 1) % QueueCapacity;
            _count--;
        }

        if (read > 0)
        {
            _eventsRead += read;
            _status = null;
        }

        return read;
    }

    /// <inheritdoc />
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        return ValueTask.FromResult(!_disposed && !(_ended && _count == 0));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _ended = true;
        _count = 0;
        _status = null;
    }

    private bool IsLastConfiguration(int index, int count)
    {
        for (var j = index + 1; j < count; j++)
        {
            if (_scratch[j].Kind == TelemetryEventKind.Configuration)
            {
                return false;
            }
        }

        return true;
    }
}
