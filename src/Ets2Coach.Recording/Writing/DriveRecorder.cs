using System.Diagnostics.CodeAnalysis;
using Ets2Coach.Recording.Format;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Writing;

/// <summary>
/// Records a live session into a drive file. Feed it every event, frame and configuration change
/// in stream order (it is an <see cref="ITelemetryConsumer"/>, so a <see cref="TelemetryPump"/> can
/// drive it). On the caller's thread a call only copies into a chunk buffer allocated when the
/// recorder was created; complete chunks (about one second of simulation time each) are compressed
/// and written by the recorder's own writer thread, each handed to the operating system as soon as it
/// is complete and flushed to disk per <see cref="DriveRecorderOptions.FlushToDiskInterval"/>.
/// </summary>
/// <remarks>
/// Call <see cref="OnEvent"/>, <see cref="OnFrame"/>, <see cref="OnConfiguration"/> and
/// <see cref="DisposeAsync"/> from one thread. A write error (full disk, I/O error) never reaches the
/// caller: the recorder turns <see cref="RecorderState.Failed"/> with a one-line
/// <see cref="RecorderStatus.Message"/> and ignores further input, and the live session goes on.
/// </remarks>
public sealed partial class DriveRecorder : ITelemetryConsumer, IAsyncDisposable
{
    private readonly DriveRecorderOptions _options;
    private readonly string _fileName;
    private readonly ChunkRing _sealed;
    private readonly ChunkRing _free;
    private readonly SemaphoreSlim _chunkSealed = new(0);
    private readonly SemaphoreSlim _chunkFreed = new(0);
    private readonly TaskCompletionSource _writerDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _chunkDurationUs;
    private ChunkData? _current;
    private uint _nextIndex;
    private long _driveTimeUs;
    private ulong _lastSimulationTimeUs;
    private bool _sawFrame;
    private long _framesAccepted;
    private long _framesDropped;
    private volatile int _state;
    private volatile bool _completing;
    private bool _disposed;

    private DriveRecorder(Stream stream, string fileName, DriveRecorderOptions options)
    {
        _options = options;
        _fileName = fileName;
        _chunkDurationUs = (long)(options.ChunkDuration.TotalMilliseconds * 1000);

        // Every buffer the backlog may need is allocated here, once: growing the pool when the writer
        // lags would allocate on the caller's thread exactly when it can least afford it (a slow disk,
        // a starved machine). At the defaults that is 30 × 54 KB ≈ 1.6 MB (see DriveRecorderDefaults).
        var frames = DriveRecorderDefaults.FramesPerChunkBuffer(options.FrameRateHz, options.ChunkDuration);
        _sealed = new ChunkRing(options.MaxBufferedChunks);
        _free = new ChunkRing(options.MaxBufferedChunks);
        for (var i = 0; i < options.MaxBufferedChunks; i++)
        {
            _free.TryEnqueue(new ChunkData(frames, DriveRecorderDefaults.EventsPerChunkBuffer, DriveRecorderDefaults.ConfigurationsPerChunkCapacity));
        }

        _current = TakeFreeChunk();

        // The header goes out before the constructor returns, so a process killed at any later
        // moment leaves a file that opens (possibly with no chunk yet), never an empty one.
        if (WriteHeader(stream))
        {
            // A thread of its own rather than the thread pool: a pool starved by the host's other work
            // must not hold back the chunks of a live drive.
            new Thread(() => WriteAll(stream)) { IsBackground = true, Name = "Ets2Coach drive writer" }.Start();
        }
        else
        {
            _writerDone.SetResult();
        }
    }

    /// <summary>A snapshot of the recorder's state and counters.</summary>
    public RecorderStatus Status => new()
    {
        State = (RecorderState)_state,
        Message = Volatile.Read(ref _message),
        FileName = _fileName,
        FramesAccepted = Volatile.Read(ref _framesAccepted),
        FramesDropped = Volatile.Read(ref _framesDropped),
        FramesWritten = Volatile.Read(ref _framesWritten),
        FramesDurable = Volatile.Read(ref _framesDurable),
        ChunksWritten = Volatile.Read(ref _chunksWritten),
        BytesWritten = Volatile.Read(ref _bytesWritten),
    };

    /// <summary>Complete chunks waiting for the writer (benchmarks wait for 0 between iterations).</summary>
    internal long PendingChunks => _sealed.Count;

    /// <summary>Creates <paramref name="path"/> and starts recording into it.</summary>
    /// <returns>False with a one-line reason when the options are invalid or the file cannot be created.</returns>
    public static bool TryCreate(string path, DriveRecorderOptions options, [NotNullWhen(true)] out DriveRecorder? recorder, [NotNullWhen(false)] out string? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        recorder = null;
        error = options.Validate();
        if (error is not null)
        {
            return false;
        }

        FileStream stream;
        try
        {
            // bufferSize 0: every write goes straight to the OS, so a chunk handed over survives kill -9.
            stream = new FileStream(path, options.Overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = $"Cannot record to {path}: {ex.Message}";
            return false;
        }

        recorder = new DriveRecorder(stream, Path.GetFileName(path), options);
        if (recorder.Status.State == RecorderState.Failed)
        {
            error = recorder.Status.Message!;
            recorder = null;
            TryDelete(path); // nothing was recorded: leave no empty file behind
            return false;
        }

        return true;
    }

    /// <summary>Starts recording into <paramref name="stream"/>, which the recorder owns and disposes.</summary>
    /// <param name="stream">A writable stream (a <see cref="FileStream"/> gets real disk flushes).</param>
    /// <param name="fileName">Name used in messages.</param>
    /// <param name="options">Header contents and write policy; must be valid.</param>
    public static DriveRecorder Create(Stream stream, string fileName, DriveRecorderOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(stream));
        }

        if (options.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(options));
        }

        return new DriveRecorder(stream, fileName, options);
    }

    /// <inheritdoc />
    public void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (_state != (int)RecorderState.Recording || _disposed || !EnsureChunk())
        {
            return;
        }

        if (_current!.EventCount == _current.EventCapacity)
        {
            Seal();
            if (!EnsureChunk())
            {
                return;
            }
        }

        _current.AddEvent(in telemetryEvent);
    }

    /// <inheritdoc />
    public void OnFrame(in TelemetryFrame frame)
    {
        if (_state != (int)RecorderState.Recording || _disposed)
        {
            return;
        }

        // Drive time: the recording's own clock, summed from positive simulation-time steps, so timer
        // restarts (times from zero again) never move it backwards.
        var simulationTimeUs = frame.SimulationTimeUs;
        if (_sawFrame && simulationTimeUs > _lastSimulationTimeUs)
        {
            _driveTimeUs += (long)Math.Min(simulationTimeUs - _lastSimulationTimeUs, (ulong)long.MaxValue / 4);
        }

        var restarted = _sawFrame && simulationTimeUs < _lastSimulationTimeUs;
        _sawFrame = true;
        _lastSimulationTimeUs = simulationTimeUs;
        if (!EnsureChunk())
        {
            _framesDropped++;
            return;
        }

        var chunk = _current!;
        if (chunk.FrameCount > 0 && (restarted || chunk.FrameCount == chunk.FrameCapacity || _driveTimeUs - chunk.DriveStartUs >= _chunkDurationUs))
        {
            Seal();
            if (!EnsureChunk())
            {
                _framesDropped++;
                return;
            }

            chunk = _current!;
        }

        if (chunk.FrameCount == 0)
        {
            chunk.DriveStartUs = _driveTimeUs;
        }

        chunk.DriveEndUs = _driveTimeUs;
        chunk.AddFrame(in frame);
        Volatile.Write(ref _framesAccepted, _framesAccepted + 1);
    }

    /// <summary>A configuration change, recorded at this point of the stream.</summary>
    public void OnConfiguration(TelemetryConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (_state != (int)RecorderState.Recording || _disposed || !EnsureChunk())
        {
            return;
        }

        if (_current!.Configurations.Count == DriveRecorderDefaults.ConfigurationsPerChunkCapacity)
        {
            Seal();
            if (!EnsureChunk())
            {
                return;
            }
        }

        _current.Configurations.Add((_current.FrameCount, configuration));
    }

    /// <summary>Writes the last chunk, flushes to disk and closes the file. Never throws for I/O errors.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_current is { } last && (last.FrameCount > 0 || last.EventCount > 0 || last.Configurations.Count > 0))
        {
            Seal();
        }

        // Everything sealed is in the ring before the flag is set: the writer drains it, then stops.
        _completing = true;
        _chunkSealed.Release();
        await _writerDone.Task.ConfigureAwait(false);
        _chunkSealed.Dispose();
        _chunkFreed.Dispose();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The failure already reported is the one that matters.
        }
    }

    private bool EnsureChunk()
    {
        if (_current is not null)
        {
            return true;
        }

        _current = TakeFreeChunk();
        return _current is not null;
    }

    private ChunkData? TakeFreeChunk()
    {
        if (_free.TryDequeue(out var chunk))
        {
            return chunk;
        }

        // Every buffer waits for the writer (slow disk): drop and count (live), or wait (imports).
        while (!_options.DropWhenBehind && _state == (int)RecorderState.Recording)
        {
            _chunkFreed.Wait(TimeSpan.FromMilliseconds(50));
            if (_free.TryDequeue(out chunk))
            {
                return chunk;
            }
        }

        return null;
    }

    private void Seal()
    {
        var chunk = _current!;
        chunk.Index = _nextIndex++;
        if (chunk.FrameCount == 0)
        {
            chunk.DriveStartUs = chunk.DriveEndUs = _driveTimeUs;
        }

        _current = null;

        // Never full: the ring has a slot for every buffer the recorder owns.
        _sealed.TryEnqueue(chunk);
        _chunkSealed.Release();
    }
}
