using System.Buffers;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Reading;

/// <summary>Reading, ordering and pacing.</summary>
public sealed partial class DriveFileTelemetrySource
{
    private long _clockStart = -1;
    private long _driveOriginUs = -1;
    private long _cursorDriveUs;

    /// <inheritdoc />
    public int ReadFrames(Span<TelemetryFrame> destination)
    {
        if (_disposed)
        {
            return 0;
        }

        var paced = _options.Pace == ReplayPace.Original;
        var limitUs = paced ? PacedLimitUs() : long.MaxValue;
        var count = 0;
        while (count < destination.Length && EnsureFrame())
        {
            // A configuration change recorded before this frame applies from this frame on: end the
            // batch before it, so a consumer sees the new configuration with the frames it governs.
            if (_configurationHead < _configurations.Count && _configurations[_configurationHead].Release <= _framesReleased + 1)
            {
                if (count > 0)
                {
                    break;
                }

                ApplyConfigurations(_framesReleased + 1);
            }

            var frames = _chunk.Frames;
            var run = Math.Min(destination.Length - count, frames.Length - _cursor);
            if (_configurationHead < _configurations.Count)
            {
                run = (int)Math.Min(run, _configurations[_configurationHead].Release - _framesReleased - 1);
                run = Math.Max(run, 1);
            }

            if (paced)
            {
                run = PacedRun(frames, run, limitUs);
                if (run == 0)
                {
                    break;
                }
            }

            frames.Slice(_cursor, run).CopyTo(destination[count..]);
            _cursor += run;
            _framesReleased += run;
            count += run;
        }

        return count;
    }

    /// <inheritdoc />
    public int ReadEvents(Span<TelemetryEvent> destination)
    {
        if (_disposed)
        {
            return 0;
        }

        var count = 0;
        var all = IsEnded;
        while (count < destination.Length && _eventHead < _eventTail && (all || _eventReleases[_eventHead] <= _framesReleased))
        {
            destination[count++] = _events[_eventHead++];
        }

        if (_eventHead == _eventTail)
        {
            _eventHead = _eventTail = 0;
        }

        _eventsRead += count;
        return count;
    }

    /// <inheritdoc />
    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (IsEnded)
        {
            return !_disposed && _eventHead < _eventTail;
        }

        if (_options.Pace == ReplayPace.AsFastAsPossible || !EnsureFrame())
        {
            return true;
        }

        var dueUs = (_cursorDriveUs - _driveOriginUs) / _options.SpeedFactor;
        var elapsedUs = _options.TimeProvider.GetElapsedTime(StartClock()).TotalMicroseconds;
        if (dueUs > elapsedUs)
        {
            var wait = TimeSpan.FromMicroseconds(Math.Min(dueUs - elapsedUs, TimeSpan.FromHours(1).TotalMicroseconds));
            await Task.Delay(wait, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private long StartClock()
    {
        if (_clockStart < 0)
        {
            _clockStart = _options.TimeProvider.GetTimestamp();
        }

        return _clockStart;
    }

    private long PacedLimitUs()
    {
        var elapsed = _options.TimeProvider.GetElapsedTime(StartClock());
        return (long)Math.Min(elapsed.TotalMicroseconds * _options.SpeedFactor, long.MaxValue / 2);
    }

    private int PacedRun(ReadOnlySpan<TelemetryFrame> frames, int run, long limitUs)
    {
        var taken = 0;
        while (taken < run)
        {
            if (_cursorDriveUs - _driveOriginUs > limitUs)
            {
                break;
            }

            taken++;
            var index = _cursor + taken;
            if (index < frames.Length)
            {
                // Same clock as the recorder: positive simulation-time steps only.
                var previous = frames[index - 1].SimulationTimeUs;
                var current = frames[index].SimulationTimeUs;
                _cursorDriveUs += current > previous ? (long)Math.Min(current - previous, (ulong)long.MaxValue / 4) : 0;
            }
        }

        return taken;
    }

    /// <summary>True when a frame is at the cursor, loading chunks as needed.</summary>
    private bool EnsureFrame()
    {
        while (_cursor >= _chunk.FrameCount)
        {
            if (_endOfFile || _disposed)
            {
                return false;
            }

            if (!_reader.TryReadChunk(_chunk, out _, out _, out _))
            {
                _endOfFile = true;
                _chunk.Reset(0, 0);
                _cursor = 0;
                ApplyConfigurations(long.MaxValue);
                return false;
            }

            _cursor = 0;
            _cursorDriveUs = _chunk.DriveStartUs;
            if (_driveOriginUs < 0 && _chunk.FrameCount > 0)
            {
                _driveOriginUs = _chunk.DriveStartUs;
            }

            EnqueueChunkContents();
        }

        return true;
    }

    private void EnqueueChunkContents()
    {
        // Frames before this chunk: _framesReleased (the previous chunk is fully released). An event at
        // position k preceded the chunk's frame k, so it is released with that frame.
        var firstOrdinal = _framesReleased;
        var events = _chunk.Events;
        var positions = _chunk.EventPositions;
        for (var i = 0; i < events.Length; i++)
        {
            if (_eventTail == _eventCapacity)
            {
                MakeEventRoom();
            }

            _events[_eventTail] = events[i];
            _eventReleases[_eventTail++] = firstOrdinal + positions[i] + 1;
        }

        if (_configurationHead == _configurations.Count)
        {
            _configurations.Clear();
            _configurationHead = 0;
        }

        foreach (var (position, configuration) in _chunk.Configurations)
        {
            _configurations.Add((firstOrdinal + position + 1, configuration));
        }
    }

    private void MakeEventRoom()
    {
        var pending = _eventTail - _eventHead;
        if (_eventHead > 0)
        {
            Array.Copy(_events, _eventHead, _events, 0, pending);
            Array.Copy(_eventReleases, _eventHead, _eventReleases, 0, pending);
        }
        else if (_eventCapacity < _options.MaxPendingEvents)
        {
            _eventCapacity = Math.Min(_eventCapacity * 2, _options.MaxPendingEvents);
            _events = Grow(_events, _eventCapacity, pending);
            _eventReleases = Grow(_eventReleases, _eventCapacity, pending);
        }
        else
        {
            // The consumer is not reading events: drop the oldest half and count them lost.
            var drop = pending / 2;
            _eventsLost += drop;
            Array.Copy(_events, drop, _events, 0, pending - drop);
            Array.Copy(_eventReleases, drop, _eventReleases, 0, pending - drop);
            pending -= drop;
        }

        _eventHead = 0;
        _eventTail = pending;
    }

    /// <summary>A pooled array of at least <paramref name="capacity"/> holding the first <paramref name="count"/> items of <paramref name="array"/>, which goes back to the pool.</summary>
    private static T[] Grow<T>(T[] array, int capacity, int count)
    {
        var larger = ArrayPool<T>.Shared.Rent(capacity);
        Array.Copy(array, larger, count);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }

    private void ApplyConfigurations(long upToOrdinal)
    {
        while (_configurationHead < _configurations.Count && _configurations[_configurationHead].Release <= upToOrdinal)
        {
            Configuration = _configurations[_configurationHead++].Configuration;
        }
    }
}
