using System.Buffers.Binary;
using System.Globalization;

namespace Ets2Coach.Telemetry.SharedMemory;

// The connection life cycle: finding the block, validating it, following writer generations,
// noticing a closed or dead writer. Runs only when a read finds nothing new or from WaitAsync.
public sealed unsafe partial class SharedMemoryTelemetrySource
{
    // e2c_header.state, read raw from a header that failed validation.
    private const int StateOffset = 68;

    private TelemetrySourceState _state = TelemetrySourceState.WaitingForGame;
    private string? _error;
    private ulong _followedGeneration;
    private int _writerRestarts;
    private long _writerErrors;
    private WriterInfo? _writer;

    private ulong _lastHeartbeat;
    private long _lastHeartbeatChange;
    private long _lastLook;
    private long? _unusableSince;
    private bool _switchDeferred;

    private TelemetryConfiguration _configuration = TelemetryConfiguration.Empty;
    private ulong _configSequence;
    private bool _configPending;

    // mayFollowNewWriter false: check the current writer only, never switch to a new generation.
    // ReadEvents polls so while the caller still holds frames of the current generation: a pump
    // delivers them after reading events, and events of the next generation must not come first.
    private void Poll(bool mayFollowNewWriter = true)
    {
        if (_disposed)
        {
            return;
        }

        var now = _time.GetTimestamp();
        if (_reader is { } reader)
        {
            if (reader.LiveGeneration != reader.Generation)
            {
                if (mayFollowNewWriter)
                {
                    RevalidateInPlace(now);
                }
            }
            else
            {
                switch (reader.LiveState)
                {
                    case WriterState.Running:
                        CheckHeartbeat(reader, now);
                        break;
                    case WriterState.Closed when _state is TelemetrySourceState.Connected or TelemetrySourceState.WriterDead:
                        SetState(TelemetrySourceState.WriterClosed, $"The plugin publishing '{_displayName}' shut down (generation {reader.Generation}); waiting for it to start again.");
                        break;
                    default:
                        // INITIALIZING under the old generation: a restart in place has begun. The
                        // reads stay safe (an anomaly during it is not counted as a writer error);
                        // the new generation is adopted when it appears.
                        break;
                }

                if (_configPending && _reader is not null)
                {
                    RefreshConfiguration(reader, force: false);
                }
            }
        }
        else if (mayFollowNewWriter && _block is { } block)
        {
            // A mapping without a reader: a restart in place still initializing, or a generation
            // given up after a writer error. Re-checking its header costs a 512-byte copy.
            Consider(block, now, isCurrent: true);
        }

        if (mayFollowNewWriter && (_reader is null || _state != TelemetrySourceState.Connected) && _time.GetElapsedTime(_lastLook, now) >= _options.ReopenInterval)
        {
            LookForWriter(now);
        }
    }

    private void CheckHeartbeat(GenerationReader reader, long now)
    {
        var heartbeat = reader.LiveHeartbeat;
        if (heartbeat != _lastHeartbeat)
        {
            _lastHeartbeat = heartbeat;
            _lastHeartbeatChange = now;
            if (_state == TelemetrySourceState.WriterDead)
            {
                SetState(TelemetrySourceState.Connected, null);
            }

            return;
        }

        if (_state == TelemetrySourceState.Connected && _time.GetElapsedTime(_lastHeartbeatChange, now) >= _options.DeadWriterTimeout)
        {
            SetState(TelemetrySourceState.WriterDead, string.Create(CultureInfo.InvariantCulture,
                $"The game writing '{_displayName}' (pid {_writer?.WriterProcessId}) has not moved its heartbeat for {_options.DeadWriterTimeout.TotalSeconds:0.#} s: it was killed or hung."));
        }
    }

    // Opens the block by name (or path) and adopts it when it holds a generation we do not follow yet.
    private void LookForWriter(long now)
    {
        _lastLook = now;
        switch (_open(out var block, out var error))
        {
            case MappedBlockOpenStatus.Opened:
                Consider(block!, now, isCurrent: false);
                break;
            case MappedBlockOpenStatus.NotFound:
                _unusableSince = null;
                if (_reader is null)
                {
                    _block?.Dispose();
                    _block = null;
                    SetState(TelemetrySourceState.WaitingForGame, null);
                }

                break;
            case MappedBlockOpenStatus.TooSmall:
                Unusable(error!, mayBeInitializing: true, now);
                break;
            default:
                Unusable(error!, mayBeInitializing: false, now);
                break;
        }
    }

    // The current mapping's generation changed (a restart in place, as on Windows): drop the old
    // generation's reader and treat the mapping like a newly opened one.
    private void RevalidateInPlace(long now)
    {
        RetireReader(abandon: true);
        if (_block is { } block)
        {
            Consider(block, now, isCurrent: true);
        }
    }

    private void Consider(MappedBlock block, long now, bool isCurrent)
    {
        var header = new ReadOnlySpan<byte>(block.Pointer, LayoutConstants.HeaderSize);
        var result = HeaderValidator.Validate(header, block.Length);
        if (!result.IsValid)
        {
            // A writer creating the block has not finished its header yet: give it the dead-writer
            // timeout before calling the block broken.
            var initializing = BinaryPrimitives.ReadUInt32LittleEndian(header[StateOffset..]) == (uint)WriterState.Initializing;
            Drop(block, isCurrent);
            Unusable(result.Message!, initializing, now);
            return;
        }

        _unusableSince = null;
        var geometry = result.Geometry;
        if (geometry.State == WriterState.Initializing || geometry.WriterGeneration == _followedGeneration)
        {
            // Not ready yet, or the generation we already follow (or gave up on after a writer error).
            if (isCurrent && _reader is null && _state is TelemetrySourceState.Connected or TelemetrySourceState.WriterDead)
            {
                SetState(TelemetrySourceState.WriterClosed, $"The plugin publishing '{_displayName}' is restarting (generation {geometry.WriterGeneration} initializing).");
            }
            else if (!isCurrent)
            {
                block.Dispose();
            }

            return;
        }

        if (!isCurrent && _reader is { HasPending: true } && !_switchDeferred)
        {
            // The old generation still holds unread items (a closed or dead writer on Linux): give
            // the consumer one more reopen interval to drain them before switching.
            _switchDeferred = true;
            block.Dispose();
            return;
        }

        Adopt(block, geometry, now);
    }

    private void Adopt(MappedBlock block, in BlockGeometry geometry, long now)
    {
        var previous = _followedGeneration;
        RetireReader(abandon: true);
        if (!ReferenceEquals(block, _block))
        {
            _block?.Dispose();
            _block = block;
        }

        var reader = new GenerationReader(block, geometry);
        _reader = reader;
        _followedGeneration = geometry.WriterGeneration;
        if (previous != 0)
        {
            _writerRestarts++;
        }

        _switchDeferred = false;
        _writer = reader.ReadWriterInfo();
        _lastHeartbeat = reader.LiveHeartbeat;
        _lastHeartbeatChange = now;
        RefreshConfiguration(reader, force: true);
        if (reader.LiveState == WriterState.Closed)
        {
            SetState(TelemetrySourceState.WriterClosed, $"The plugin publishing '{_displayName}' has shut down (generation {geometry.WriterGeneration}); waiting for it to start again.");
        }
        else
        {
            SetState(TelemetrySourceState.Connected, null);
        }
    }

    private void Unusable(string message, bool mayBeInitializing, long now)
    {
        if (mayBeInitializing)
        {
            _unusableSince ??= now;
            if (_time.GetElapsedTime(_unusableSince.Value, now) < _options.DeadWriterTimeout)
            {
                if (_reader is null && _state != TelemetrySourceState.Faulted)
                {
                    SetState(TelemetrySourceState.WaitingForGame, null);
                }

                return;
            }
        }

        SetState(TelemetrySourceState.Faulted, message);
    }

    private void OnAnomaly<T>(GenerationReader reader, RingReader<T> ring, RingAnomaly anomaly, string counter, string item)
        where T : unmanaged
    {
        if (reader.LiveGeneration != reader.Generation || reader.LiveState == WriterState.Initializing)
        {
            // A restart in place is zeroing the rings: not an error; the new generation takes over.
            Poll();
            return;
        }

        _writerErrors++;
        var where = $"Writer error in '{_displayName}' (generation {reader.Generation}): ";
        var message = anomaly switch
        {
            RingAnomaly.WrittenBackwards => $"{where}'{counter}' moved backwards from {ring.LastWritten} to {ring.AnomalyWritten}.",
            RingAnomaly.WrittenImpossible => $"{where}'{counter}' is {ring.AnomalyWritten}, beyond any possible {item} number.",
            _ => $"{where}the slot of {item} {ring.AnomalyItem} holds seq {ring.AnomalySeq}, expected at least {ring.AnomalyItem * 2} ('{counter}' is {ring.AnomalyWritten}).",
        };

        // Stop reading this generation (its counters are kept); a new generation is adopted as usual.
        RetireReader(abandon: false);
        SetState(TelemetrySourceState.Faulted, message);
    }

    private void RetireReader(bool abandon)
    {
        if (_reader is not { } reader)
        {
            return;
        }

        if (abandon)
        {
            reader.Frames.AbandonPending();
            reader.Events.AbandonPending();
        }

        _framesLostRetired += reader.Frames.Lost;
        _framesTornRetired += reader.Frames.Torn;
        _eventsLostRetired += reader.Events.Lost;
        _eventsTornRetired += reader.Events.Torn;
        _reader = null;
    }

    private void Drop(MappedBlock block, bool isCurrent)
    {
        if (isCurrent)
        {
            RetireReader(abandon: true);
            _block = null;
        }

        block.Dispose();
    }

    private void RefreshConfiguration(GenerationReader reader, bool force)
    {
        if (!ConfigurationDecoder.TryCopy(reader.Config, _configCopy))
        {
            _configPending = true;
            return;
        }

        _configPending = false;
        var sequence = ConfigurationDecoder.Sequence(_configCopy);
        if (!force && sequence == _configSequence)
        {
            return;
        }

        _configSequence = sequence;
        _configuration = ConfigurationDecoder.Decode(_configCopy);
    }

    private bool IsNewerThanConfiguration(ConfigurationGroup group, ulong generation)
    {
        var generations = _configuration.Generations;
        return (uint)group < (uint)generations.Count && generation > generations[(int)group];
    }

    private void SetState(TelemetrySourceState state, string? error)
    {
        _error = error;
        _state = state;
    }
}
