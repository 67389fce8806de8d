namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// The live source: reads what the Ets2Coach plugin publishes in shared memory
/// (<c>docs/shared-memory-protocol.md</c>). Waits for the game, validates the block, drains the
/// frame and event rings in batches with exact loss counting, follows writer restarts, and
/// reports a closed or dead writer.
/// </summary>
/// <remarks>
/// <para>
/// One consumer at a time: <see cref="ReadFrames"/>, <see cref="ReadEvents"/>, <see cref="WaitAsync"/>
/// and <see cref="Dispose"/> must not run concurrently (the rings are read through raw pointers
/// into a mapping that <see cref="Dispose"/> unmaps). <see cref="Status"/> and
/// <see cref="Configuration"/> may be read from any thread; they are snapshots.
/// </para>
/// <para>
/// Connection work (opening, validating, heartbeat and state checks) happens in
/// <see cref="WaitAsync"/> and whenever a read finds nothing new, never per frame.
/// </para>
/// </remarks>
public sealed partial class SharedMemoryTelemetrySource : ITelemetrySource
{
    private readonly SharedMemoryTelemetrySourceOptions _options;
    private readonly TimeProvider _time;
    private readonly BlockOpener _open;
    private readonly string _displayName;
    private readonly byte[] _configCopy = new byte[LayoutConstants.ConfigSize];
    private readonly WaitStrategy.Pacer _pacer;

    private MappedBlock? _block;
    private GenerationReader? _reader;
    private volatile bool _disposed;

    // The last ReadFrames returned frames: the caller may still be delivering them (see Poll).
    private bool _framesInHand;

    // Counters (exact). The *Retired fields hold what earlier generations' readers counted.
    private long _framesRead;
    private long _eventsRead;
    private long _framesLostRetired;
    private long _framesTornRetired;
    private long _eventsLostRetired;
    private long _eventsTornRetired;

    /// <summary>Reads the plugin's block under <see cref="SharedMemoryTelemetrySourceOptions.Name"/>.</summary>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range or the name is not a plain name.</exception>
    public SharedMemoryTelemetrySource(SharedMemoryTelemetrySourceOptions? options = null)
        : this(options ?? new SharedMemoryTelemetrySourceOptions(), opener: null, displayName: null)
    {
    }

    /// <summary>Reads a block file at <paramref name="path"/> (tests; any OS).</summary>
    internal SharedMemoryTelemetrySource(string path, SharedMemoryTelemetrySourceOptions? options = null)
        : this(options ?? new SharedMemoryTelemetrySourceOptions(), OpenPath(path), path)
    {
    }

    private SharedMemoryTelemetrySource(SharedMemoryTelemetrySourceOptions options, BlockOpener? opener, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = options.TimeProvider;
        _pacer = new WaitStrategy.Pacer(_time);
        var name = options.Name;
        _open = opener ?? ((out MappedBlock? block, out string? error) => MappedBlock.TryOpenName(name, out block, out error));
        _displayName = displayName ?? MappedBlock.Describe(name);
        _lastHeartbeatChange = _time.GetTimestamp();
        LookForWriter(_lastHeartbeatChange);
    }

    private delegate MappedBlockOpenStatus BlockOpener(out MappedBlock? block, out string? error);

    /// <inheritdoc />
    public TelemetrySourceStatus Status => new()
    {
        State = _state,
        Error = _error,
        WriterGeneration = _followedGeneration,
        WriterRestarts = _writerRestarts,
        WriterErrors = _writerErrors,
        Writer = _writer,
        FramesRead = _framesRead,
        FramesLost = _framesLostRetired + (_reader?.Frames.Lost ?? 0),
        FramesTorn = _framesTornRetired + (_reader?.Frames.Torn ?? 0),
        EventsRead = _eventsRead,
        EventsLost = _eventsLostRetired + (_reader?.Events.Lost ?? 0),
        EventsTorn = _eventsTornRetired + (_reader?.Events.Torn ?? 0),
    };

    /// <inheritdoc />
    public TelemetrySourceState State => _state;

    /// <inheritdoc />
    public ulong WriterGeneration => _followedGeneration;

    /// <inheritdoc />
    public TelemetryConfiguration Configuration => _configuration;

    /// <summary>Where this source looks for the block (for messages): a path or a Windows object name.</summary>
    public string Location => _displayName;

    /// <inheritdoc />
    public int ReadFrames(Span<TelemetryFrame> destination)
    {
        _framesInHand = false;
        var count = ReadRing(destination, static r => r.Frames, "frames_written", "frame", mayFollowNewWriter: true);
        _framesRead += count;
        _framesInHand = count > 0;
        return count;
    }

    /// <inheritdoc />
    public int ReadEvents(Span<TelemetryEvent> destination)
    {
        // While the caller holds frames of this generation, its events must not be dropped for a
        // new writer's: the switch waits for the next ReadFrames.
        var count = ReadRing(destination, static r => r.Events, "events_written", "event", mayFollowNewWriter: !_framesInHand);
        if (count == 0)
        {
            return 0;
        }

        _eventsRead += count;
        var reader = _reader!;
        for (var i = 0; i < count; i++)
        {
            ref readonly var e = ref destination[i];
            if (e.Kind == TelemetryEventKind.Configuration && IsNewerThanConfiguration(e.ConfigurationGroup, e.ConfigurationGeneration))
            {
                RefreshConfiguration(reader, force: false);
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// One batch from one ring of the followed generation; 0 (and a connection check) when nothing
    /// is new, the generation changed, or the writer broke the protocol.
    /// </summary>
    private int ReadRing<T>(Span<T> destination, Func<GenerationReader, RingReader<T>> ringOf, string counter, string item, bool mayFollowNewWriter)
        where T : unmanaged
    {
        var reader = _reader;
        if (reader is null || destination.IsEmpty)
        {
            Poll(mayFollowNewWriter);
            return 0;
        }

        var generation = reader.LiveGeneration;
        if (generation != reader.Generation)
        {
            Poll(mayFollowNewWriter);
            return 0;
        }

        var ring = ringOf(reader);
        var count = ring.Read(destination, out var anomaly);
        if (anomaly != RingAnomaly.None)
        {
            OnAnomaly(reader, ring, anomaly, counter, item);
            return 0;
        }

        // Seqlock over the generation: a restart in place (same mapping) zeroes the rings and numbers
        // from 1 again, so a copy taken while it happened could be a new item under an old number.
        if (count > 0 && reader.LiveGeneration != generation)
        {
            ring.CountDiscarded(count);
            Poll(mayFollowNewWriter);
            return 0;
        }

        if (count == 0)
        {
            Poll(mayFollowNewWriter);
        }

        return count;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Returns true at once when data is ready; otherwise checks with the configured
    /// <see cref="WaitStrategy"/> until data is ready, the state changes, or
    /// <see cref="SharedMemoryTelemetrySourceOptions.ReopenInterval"/> passes (so callers can keep
    /// time). With a synchronous strategy the returned task is already complete: the waiting
    /// happened on the calling thread.
    /// </remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        var strategy = _options.WaitStrategy;
        var started = _time.GetTimestamp();
        var state = _state;
        for (var check = 0; ; check++)
        {
            if (CheckOnce(started, state, cancellationToken) is { } result)
            {
                return new ValueTask<bool>(result);
            }

            if (!strategy.TryPause(check, _pacer))
            {
                return WaitSlowAsync(strategy, started, state, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        RetireReader(abandon: false);
        _block?.Dispose();
        _block = null;
    }

    private static BlockOpener OpenPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return (out MappedBlock? block, out string? error) => MappedBlock.TryOpenPath(path, out block, out error);
    }

    private async ValueTask<bool> WaitSlowAsync(WaitStrategy strategy, long started, TelemetrySourceState state, CancellationToken cancellationToken)
    {
        while (true)
        {
            await strategy.PauseAsync(cancellationToken).ConfigureAwait(false);
            if (CheckOnce(started, state, cancellationToken) is { } result)
            {
                return result;
            }
        }
    }

    private bool? CheckOnce(long started, TelemetrySourceState state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_disposed)
        {
            return false;
        }

        if (_reader is { } reader && reader.HasPending)
        {
            _pacer.OnArrival(_time.GetTimestamp());
            return true;
        }

        var generation = _followedGeneration;
        Poll();
        if (_followedGeneration != generation)
        {
            _pacer.Reset();
        }

        if (_reader?.HasPending ?? false)
        {
            _pacer.OnArrival(_time.GetTimestamp());
            return true;
        }

        if (_state != state)
        {
            return true;
        }

        return _time.GetElapsedTime(started) >= _options.ReopenInterval ? true : null;
    }
}
