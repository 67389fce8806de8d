using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Format.Records;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Reading;

/// <summary>
/// Reads a drive file a user handed in, in one forward pass: the header, then each intact chunk
/// (decoded into a reused <see cref="ChunkData"/>, or only its summary), skipping and recording
/// damage. Nothing here throws for bad input: a file that is not a drive file at all is refused by
/// <see cref="TryOpen"/> with a one-line reason; damage inside one is described by <see cref="Damage"/>.
/// </summary>
internal sealed class DriveFileReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly RecordScanner _scanner;
    private readonly DamageTracker _damage;
    private ChunkCodec? _codec;
    private bool _ended;
    private bool _disposed;

    private DriveFileReader(Stream stream, bool ownsStream, string fileName)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _scanner = new RecordScanner(stream);
        _damage = new DamageTracker(fileName);
        FileName = fileName;
    }

    /// <summary>The file's name, used in messages.</summary>
    public string FileName { get; }

    /// <summary>The header, or defaults when it was unreadable.</summary>
    public DriveFileHeader Header { get; private set; } = new();

    /// <summary>Frames in the intact chunks read so far.</summary>
    public long FramesRead { get; private set; }

    /// <summary>Events in the intact chunks read so far.</summary>
    public long EventsRead { get; private set; }

    /// <summary>Bytes scanned so far.</summary>
    public long Position => _scanner.Position;

    /// <summary>True once any damage was seen.</summary>
    public bool HasDamage => _damage.Any;

    /// <summary>Opens a drive file; false with a one-line reason when it is not one (or is of a newer format).</summary>
    public static bool TryOpen(Stream stream, string fileName, bool ownsStream, [NotNullWhen(true)] out DriveFileReader? reader, [NotNullWhen(false)] out string? error)
    {
        reader = new DriveFileReader(stream, ownsStream, fileName);
        try
        {
            error = reader.ReadHeader();
        }
        catch (IOException ex)
        {
            error = $"{fileName}: cannot read: {ex.Message}";
        }

        if (error is not null)
        {
            reader.Dispose();
            reader = null;
            return false;
        }

        return true;
    }

    /// <summary>Damage seen so far, described.</summary>
    public IReadOnlyList<DriveFileDamage> Damage => _damage.Describe();

    /// <summary>
    /// Reads the next intact chunk: decoded into <paramref name="target"/>, or only its summary when
    /// <paramref name="target"/> is null. False at the end of the file.
    /// </summary>
    public bool TryReadChunk(ChunkData? target, out ChunkSummary summary, out long offset, out long length)
    {
        summary = default;
        offset = 0;
        length = 0;
        while (!_ended)
        {
            ScanResult result;
            RecordPrefix prefix;
            ReadOnlyMemory<byte> body;
            DamageKind damage;
            try
            {
                result = _scanner.Next(out offset, out length, out prefix, out body, out damage);
            }
            catch (IOException ex)
            {
                _damage.OnDamage(DamageKind.Invalid, _scanner.Position, 0, $"read error: {ex.Message}");
                _ended = true;
                return false;
            }

            switch (result)
            {
                case ScanResult.End:
                    _ended = true;
                    return false;
                case ScanResult.Damage:
                    _damage.OnDamage(damage, offset, length);
                    continue;
            }

            if (prefix.Kind != RecordKind.Chunk)
            {
                continue; // header copies or record kinds of a newer writer: skipped
            }

            if (prefix.Version > DriveFormat.FormatVersion)
            {
                _damage.OnDamage(DamageKind.Invalid, offset, length, string.Create(CultureInfo.InvariantCulture, $"written in drive format {prefix.Version}"));
                continue;
            }

            var ok = target is null
                ? ChunkCodec.TryReadSummary(body, out summary, out var error)
                : (_codec ??= ChunkCodec.Rent()).TryDecode(body, target, out summary, out error);
            if (!ok)
            {
                _damage.OnDamage(DamageKind.Invalid, offset, length, error);
                continue;
            }

            _damage.OnChunk(summary, offset);
            FramesRead += summary.FrameCount;
            EventsRead += summary.EventCount;
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ended = true;
        _scanner.Dispose();
        if (_codec is not null)
        {
            ChunkCodec.Return(_codec);
            _codec = null;
        }

        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private string? ReadHeader()
    {
        var start = _scanner.Peek(DriveFormat.PrefixSize);
        if (start.Length == 0)
        {
            return $"{FileName} is empty (0 bytes): it is not a drive file";
        }

        if (!RecordPrefix.TryRead(start, out var prefix) && (start.Length < 4 || !start[..4].SequenceEqual(BitConverter.GetBytes(DriveFormat.Magic))))
        {
            return $"{FileName} is not an Ets2Coach drive file (it does not start with the drive-file signature)";
        }

        if (start.Length >= DriveFormat.PrefixSize && prefix.Version > DriveFormat.FormatVersion)
        {
            return Newer(prefix.Version);
        }

        if (start.Length >= DriveFormat.PrefixSize && prefix.Kind != RecordKind.Header)
        {
            // Something else where the header should be: left in place for TryReadChunk to read or skip.
            _damage.OnHeaderDamage(0, 0, "the first record is not a header");
            return null;
        }

        var result = _scanner.Next(out var offset, out var length, out prefix, out var body, out var damage);
        if (result != ScanResult.Record)
        {
            _damage.OnHeaderDamage(offset, length, Describe(damage));
            return null;
        }

        if (!HeaderCodec.TryRead(body, out var header, out var error))
        {
            _damage.OnHeaderDamage(offset, length, error);
            return null;
        }

        if (header.FormatVersion > DriveFormat.FormatVersion)
        {
            return Newer(header.FormatVersion);
        }

        if (header.FormatVersion < 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{FileName} is not a valid drive file (its header says format version {header.FormatVersion})");
        }

        if (!ConfigurationMapper.TryFromRecord(header.Configuration ?? new ConfigurationRecord(), out var configuration, out error))
        {
            _damage.OnHeaderDamage(offset, length, error);
            configuration = TelemetryConfiguration.Empty;
        }

        Header = ToHeader(header, configuration);
        return null;
    }

    private string Newer(int version) => string.Create(CultureInfo.InvariantCulture,
        $"{FileName} is in drive format {version}, newer than this Ets2Coach reads (format {DriveFormat.FormatVersion}): update Ets2Coach");

    private static string Describe(DamageKind damage) => damage switch
    {
        DamageKind.CrcMismatch => "CRC mismatch",
        DamageKind.Truncated => "the file ends inside it",
        DamageKind.BadLength => "impossible record length",
        _ => "overwritten",
    };

    private static DriveFileHeader ToHeader(HeaderRecord h, TelemetryConfiguration configuration) => new()
    {
        FormatVersion = h.FormatVersion,
        GameId = h.GameId ?? "unknown",
        GameName = h.GameName,
        PluginVersion = h.PluginVersion,
        TelemetryApiVersion = h.TelemetryApiVersion,
        GameSchemaVersion = h.GameSchemaVersion,
        ChannelsRegistered = (TelemetryChannels)h.ChannelsRegistered,
        CoachVersion = h.CoachVersion ?? "",
        WriterGeneration = h.WriterGeneration,
        FrameRateHz = double.IsFinite(h.FrameRateHz) ? h.FrameRateHz : 0,
        StartedAt = h.StartedUnixMs is >= -62_135_596_800_000 and <= 253_402_300_799_999 ? DateTimeOffset.FromUnixTimeMilliseconds(h.StartedUnixMs) : default,
        Configuration = configuration,
        RecorderId = h.RecorderId ?? "",
        Source = h.Source ?? "",
        ChunkDuration = TimeSpan.FromMicroseconds(Math.Clamp(h.ChunkDurationUs, 0, 3_600_000_000L)),
    };
}
