using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Ets2Coach.Recording.Format;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Reading;

/// <summary>
/// Replays a drive file as an <see cref="ITelemetrySource"/>: the same frames and events, with the
/// recorded numbers, in the same order as the live reader delivered them, so a replay scores exactly
/// like the live drive. Damaged chunks are skipped and described in <see cref="Damage"/> (and, at
/// the end, in <see cref="TelemetrySourceStatus.Error"/>).
/// </summary>
/// <remarks>
/// Chunks are decoded one at a time into reused buffers: after the first chunks, reading allocates
/// nothing per frame. <see cref="TelemetrySourceStatus"/> snapshots are built only when something
/// changed. Not thread-safe: one consumer thread.
/// </remarks>
public sealed partial class DriveFileTelemetrySource : ITelemetrySource
{
    private const int InitialEventCapacity = 64;
    private readonly DriveFileReader _reader;
    private readonly DriveReplayOptions _options;
    // Rented from the shared array pools and returned on Dispose (replaying file after file does not
    // allocate them each time), small to start with (a 60 Hz chunk holds 60 frames and a few events),
    // grown to what the file needs.
    private readonly ChunkData _chunk = new(64, 16, pooled: true);
    private readonly WriterInfo _writer;
    private TelemetryEvent[] _events = ArrayPool<TelemetryEvent>.Shared.Rent(InitialEventCapacity);
    private long[] _eventReleases = ArrayPool<long>.Shared.Rent(InitialEventCapacity);
    private int _eventCapacity = InitialEventCapacity;
    private int _eventHead;
    private int _eventTail;
    private readonly List<(long Release, TelemetryConfiguration Configuration)> _configurations = [];
    private int _configurationHead;
    private int _cursor;
    private bool _endOfFile;
    private bool _disposed;
    private long _framesReleased;
    private long _eventsRead;
    private long _eventsLost;
    private TelemetrySourceStatus? _status;
    private long _statusFrames = -1;
    private long _statusEvents = -1;

    private DriveFileTelemetrySource(DriveFileReader reader, DriveReplayOptions options)
    {
        _reader = reader;
        _options = options;
        _writer = reader.Header.ToWriterInfo();
        Configuration = reader.Header.Configuration;
    }

    /// <summary>The file's header.</summary>
    public DriveFileHeader Header => _reader.Header;

    /// <summary>Damage found so far (complete once <see cref="TelemetrySourceState.Ended"/>).</summary>
    public IReadOnlyList<DriveFileDamage> Damage => _reader.Damage;

    /// <inheritdoc />
    public TelemetryConfiguration Configuration { get; private set; }

    /// <inheritdoc />
    public TelemetrySourceStatus Status
    {
        get
        {
            if (_status is null || _statusFrames != _framesReleased || _statusEvents != _eventsRead || (IsEnded && _status.State != TelemetrySourceState.Ended))
            {
                _statusFrames = _framesReleased;
                _statusEvents = _eventsRead;
                _status = new TelemetrySourceStatus
                {
                    State = IsEnded ? TelemetrySourceState.Ended : TelemetrySourceState.Connected,
                    Error = IsEnded ? DamageSummary() : null,
                    WriterGeneration = _reader.Header.WriterGeneration == 0 ? 1 : _reader.Header.WriterGeneration,
                    Writer = _writer,
                    FramesRead = _framesReleased,
                    EventsRead = _eventsRead,
                    EventsLost = _eventsLost,
                };
            }

            return _status;
        }
    }

    private bool IsEnded => _disposed || (_endOfFile && _cursor >= _chunk.FrameCount);

    /// <summary>Opens the drive file at <paramref name="path"/> for replay.</summary>
    /// <returns>False with a one-line reason when it cannot be opened, is not a drive file, or the options are invalid.</returns>
    public static bool TryOpen(string path, DriveReplayOptions? options, [NotNullWhen(true)] out DriveFileTelemetrySource? source, [NotNullWhen(false)] out string? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        source = null;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = $"Cannot open {path}: {ex.Message}";
            return false;
        }

        return TryOpen(stream, Path.GetFileName(path), options, ownsStream: true, out source, out error);
    }

    /// <summary>Opens a drive file read from <paramref name="stream"/>.</summary>
    /// <param name="stream">The file's bytes from the start.</param>
    /// <param name="fileName">Name used in messages.</param>
    /// <param name="options">Replay options (null: as fast as possible).</param>
    /// <param name="ownsStream">Dispose <paramref name="stream"/> with the source.</param>
    /// <param name="source">The source, when the file could be opened.</param>
    /// <param name="error">A one-line reason otherwise.</param>
    public static bool TryOpen(Stream stream, string fileName, DriveReplayOptions? options, bool ownsStream, [NotNullWhen(true)] out DriveFileTelemetrySource? source, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= new DriveReplayOptions();
        source = null;
        error = options.Validate();
        if (error is null && DriveFileReader.TryOpen(stream, fileName, ownsStream, out var reader, out error))
        {
            source = new DriveFileTelemetrySource(reader, options);
            return true;
        }

        if (ownsStream)
        {
            stream.Dispose();
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _reader.Dispose();
            _chunk.ReturnBuffers();
            ArrayPool<TelemetryEvent>.Shared.Return(_events);
            ArrayPool<long>.Shared.Return(_eventReleases);
            _events = [];
            _eventReleases = [];
            _eventHead = _eventTail = 0;
        }
    }

    private string? DamageSummary()
    {
        if (!_reader.HasDamage)
        {
            return null;
        }

        var damage = _reader.Damage;
        return damage.Count == 1 ? damage[0].Message : $"{damage[0].Message} (and {damage.Count - 1} more damaged stretches)";
    }
}
