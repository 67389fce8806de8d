namespace Ets2Coach.Telemetry;

/// <summary>
/// Drains an <see cref="ITelemetrySource"/> in batches and hands frames and events to a consumer
/// in stream order (every event before the frame it belongs to). Owns its batch buffers, so a
/// pump allocates once and never per frame.
/// </summary>
public sealed class TelemetryPump
{
    private readonly TelemetryFrame[] _frames;
    private readonly TelemetryEvent[] _events;
    private int _pendingStart;
    private int _pendingEnd;
    private ulong _generation;

    /// <summary>Creates a pump with the given batch sizes.</summary>
    public TelemetryPump(int frameBatch = 1024, int eventBatch = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frameBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(eventBatch, 1);
        _frames = new TelemetryFrame[frameBatch];
        _events = new TelemetryEvent[eventBatch];
    }

    /// <summary>Reads what is ready and delivers it.</summary>
    /// <returns>The number of frames delivered.</returns>
    public int Pump(ITelemetrySource source, ITelemetryConsumer consumer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(consumer);

        // Frames first, events second: every event of every frame just read is then available.
        var frameCount = source.ReadFrames(_frames);

        // State and WriterGeneration, not Status: a Status snapshot allocates, and live at 60 Hz
        // every call finds about one frame.
        var generation = source.WriterGeneration;
        if (generation != _generation)
        {
            // A new writer numbers from 1 again: whatever the old one left pending goes first.
            FlushPending(consumer);
            _generation = generation;
        }

        RefillEvents(source);
        for (var i = 0; i < frameCount; i++)
        {
            ref readonly var frame = ref _frames[i];
            while (true)
            {
                while (_pendingStart < _pendingEnd && _events[_pendingStart].FrameNumber <= frame.FrameNumber)
                {
                    consumer.OnEvent(in _events[_pendingStart++]);
                }

                // The buffer may have been too small for this frame's events: read more before the frame.
                if (_pendingStart < _pendingEnd || !RefillEvents(source))
                {
                    break;
                }
            }

            consumer.OnFrame(in frame);
        }

        if (frameCount == 0 && source.State == TelemetrySourceState.Ended)
        {
            while (true)
            {
                FlushPending(consumer);
                if (!RefillEvents(source))
                {
                    break;
                }
            }
        }

        return frameCount;
    }

    /// <summary>Delivers every event still held back (end of stream, or a writer restart).</summary>
    public void FlushPending(ITelemetryConsumer consumer)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        while (_pendingStart < _pendingEnd)
        {
            consumer.OnEvent(in _events[_pendingStart++]);
        }

        _pendingStart = _pendingEnd = 0;
    }

    private bool RefillEvents(ITelemetrySource source)
    {
        if (_pendingStart == _pendingEnd)
        {
            _pendingStart = _pendingEnd = 0;
        }
        else if (_pendingStart > 0)
        {
            Array.Copy(_events, _pendingStart, _events, 0, _pendingEnd - _pendingStart);
            _pendingEnd -= _pendingStart;
            _pendingStart = 0;
        }

        if (_pendingEnd == _events.Length)
        {
            return false;
        }

        var read = source.ReadEvents(_events.AsSpan(_pendingEnd));
        _pendingEnd += read;
        return read > 0;
    }
}
