using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Ets2Coach.Recording.Format.Records;
using Ets2Coach.Telemetry;
using MessagePack;
using MessagePack.Formatters;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// Writes a <see cref="ChunkData"/> as a framed chunk record and reads one back into a reused
/// <see cref="ChunkData"/>. The body is a MessagePack map with integer keys: a small uncompressed
/// summary (<see cref="ChunkSummary"/>) and key 8, the payload (column-coded frames, raw events,
/// positions, configuration changes), compressed with MessagePack's LZ4 block array.
/// One instance per thread; after warm-up neither direction allocates except for configuration changes.
/// </summary>
internal sealed partial class ChunkCodec : IMessagePackFormatter<ChunkCodec?>
{
    private const int PayloadKey = 8;
    private static ChunkCodec? s_spare;
    private readonly FrameColumnCodec _columns = new();
    private readonly MessagePackSerializerOptions _writeOptions;
    private readonly MessagePackSerializerOptions _readOptions;
    private readonly byte[] _descriptors = new byte[FrameColumns.Count];
    private readonly byte[] _keyframe = new byte[TelemetryFrame.SizeInBytes];
    private byte[] _planes = new byte[4096];
    private int _planeLength;
    private ChunkData? _chunk;
    private string? _error;

    /// <summary>Creates a codec.</summary>
    public ChunkCodec()
    {
        _writeOptions = DriveSerializer.ForPayload(this, reading: false);
        _readOptions = DriveSerializer.ForPayload(this, reading: true);
    }

    /// <summary>A codec for reading: the one the last disposed reader gave back, or a new one (~60 KB of scratch).</summary>
    public static ChunkCodec Rent() => Interlocked.Exchange(ref s_spare, null) ?? new ChunkCodec();

    /// <summary>Gives a codec back for the next reader; one is kept, so opening file after file does not allocate one each time.</summary>
    public static void Return(ChunkCodec codec) => Interlocked.CompareExchange(ref s_spare, codec, null);

    /// <summary>Appends the framed record of <paramref name="chunk"/> to <paramref name="output"/>.</summary>
    public void WriteRecord(ChunkData chunk, ByteBuffer output)
    {
        var start = output.Length;
        output.GetSpan(DriveFormat.PrefixSize);
        output.Advance(DriveFormat.PrefixSize);
        var frames = chunk.Frames;
        var writer = new MessagePackWriter(output);
        writer.WriteMapHeader(9);
        writer.Write(0);
        writer.Write(chunk.Index);
        writer.Write(1);
        writer.Write(chunk.DriveStartUs);
        writer.Write(2);
        writer.Write(chunk.DriveEndUs);
        writer.Write(3);
        writer.Write(frames.Length);
        writer.Write(4);
        writer.Write(frames.IsEmpty ? 0 : frames[0].FrameNumber);
        writer.Write(5);
        writer.Write(frames.IsEmpty ? 0 : frames[^1].FrameNumber);
        writer.Write(6);
        writer.Write(chunk.EventCount);
        writer.Write(7);
        writer.Write(chunk.Configurations.Count);
        writer.Write(PayloadKey);
        _chunk = chunk;
        try
        {
            MessagePackSerializer.Serialize(ref writer, this, _writeOptions);
        }
        finally
        {
            _chunk = null;
        }

        writer.Flush();
        RecordPrefix.Complete(output.WrittenSpan[start..], RecordKind.Chunk);
    }

    /// <summary>Reads only the summary of a chunk body (no decompression).</summary>
    public static bool TryReadSummary(ReadOnlyMemory<byte> body, out ChunkSummary summary, [NotNullWhen(false)] out string? error)
    {
        try
        {
            var reader = new MessagePackReader(body);
            return TryReadSummary(ref reader, out summary, out _, out error);
        }
        catch (Exception ex) when (DriveSerializer.IsMalformedInput(ex))
        {
            summary = default;
            error = "its summary is not valid MessagePack";
            return false;
        }
    }

    /// <summary>Decodes a chunk body into <paramref name="chunk"/>; false with a reason when it is malformed or breaks a limit.</summary>
    public bool TryDecode(ReadOnlyMemory<byte> body, ChunkData chunk, out ChunkSummary summary, [NotNullWhen(false)] out string? error)
    {
        try
        {
            var reader = new MessagePackReader(body);
            if (!TryReadSummary(ref reader, out summary, out var payload, out error))
            {
                return false;
            }

            if (payload is not { } payloadBytes)
            {
                error = "it has no payload";
                return false;
            }

            chunk.Reset(summary.FrameCount, summary.EventCount);
            chunk.Index = summary.Index;
            chunk.DriveStartUs = summary.DriveStartUs;
            chunk.DriveEndUs = summary.DriveEndUs;
            _chunk = chunk;
            _error = "its payload is incomplete";
            _planeLength = -1;
            var payloadReader = new MessagePackReader(payloadBytes);
            MessagePackSerializer.Deserialize<ChunkCodec?>(ref payloadReader, _readOptions);
            if (_error is null && !_columns.TryDecode(_descriptors, _keyframe, _planes, Math.Max(_planeLength, 0), chunk.Frames))
            {
                _error = "its frame columns are inconsistent";
            }

            if (_error is null && chunk.Configurations.Count != summary.ConfigurationCount)
            {
                _error = "its configuration count does not match its summary";
            }

            error = _error;
            return error is null;
        }
        catch (Exception ex) when (DriveSerializer.IsMalformedInput(ex))
        {
            summary = default;
            error = "it is not valid MessagePack";
            return false;
        }
        finally
        {
            _chunk = null;
        }
    }

    private static bool TryReadSummary(ref MessagePackReader reader, out ChunkSummary summary, out ReadOnlySequence<byte>? payload, [NotNullWhen(false)] out string? error)
    {
        summary = default;
        payload = null;
        var count = reader.ReadMapHeader();
        uint index = 0;
        long start = 0, end = 0;
        int frames = 0, events = 0, configurations = 0;
        ulong first = 0, last = 0;
        for (var i = 0; i < count; i++)
        {
            switch (reader.ReadInt32())
            {
                case 0: index = reader.ReadUInt32(); break;
                case 1: start = reader.ReadInt64(); break;
                case 2: end = reader.ReadInt64(); break;
                case 3: frames = reader.ReadInt32(); break;
                case 4: first = reader.ReadUInt64(); break;
                case 5: last = reader.ReadUInt64(); break;
                case 6: events = reader.ReadInt32(); break;
                case 7: configurations = reader.ReadInt32(); break;
                case PayloadKey: payload = reader.ReadRaw(); break;
                default: reader.Skip(); break; // a key from a newer writer: ignored
            }
        }

        if (frames is < 0 or > DriveFormat.MaxFramesPerChunk || events is < 0 or > DriveFormat.MaxEventsPerChunk
            || configurations is < 0 or > DriveFormat.MaxConfigurationsPerChunk)
        {
            error = $"it declares {frames} frames, {events} events and {configurations} configuration changes (limits {DriveFormat.MaxFramesPerChunk}, {DriveFormat.MaxEventsPerChunk}, {DriveFormat.MaxConfigurationsPerChunk})";
            return false;
        }

        if (start < 0 || end < start)
        {
            error = "its time range is invalid";
            return false;
        }

        summary = new ChunkSummary(index, start, end, frames, first, last, events, configurations);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public void Serialize(ref MessagePackWriter writer, ChunkCodec? value, MessagePackSerializerOptions options)
    {
        var chunk = _chunk!;
        var frames = chunk.Frames;
        writer.WriteMapHeader(6);
        writer.Write(0);
        var planeBytes = 0;
        if (frames.IsEmpty)
        {
            writer.Write(ReadOnlySpan<byte>.Empty);
        }
        else
        {
            var needed = FrameColumnCodec.MaxPlaneBytes(frames.Length);
            if (_planes.Length < needed)
            {
                _planes = new byte[needed];
            }

            planeBytes = _columns.Encode(frames, _descriptors, _keyframe, _planes);
            writer.Write(_descriptors);
        }

        writer.Write(1);
        writer.Write(frames.IsEmpty ? ReadOnlySpan<byte>.Empty : _keyframe);
        writer.Write(2);
        writer.Write(_planes.AsSpan(0, planeBytes));
        writer.Write(3);
        writer.Write(MemoryMarshal.AsBytes(chunk.Events));
        writer.Write(4);
        var positions = chunk.EventPositions;
        WritePositions(ref writer, positions);
        writer.Write(5);
        writer.WriteArrayHeader(chunk.Configurations.Count);
        var formatter = options.Resolver.GetFormatterWithVerify<ConfigurationRecord>();
        foreach (var (position, configuration) in chunk.Configurations)
        {
            writer.WriteArrayHeader(2);
            writer.Write(position);
            formatter.Serialize(ref writer, ConfigurationMapper.ToRecord(configuration), options);
        }
    }

    private static void WritePositions(ref MessagePackWriter writer, ReadOnlySpan<ushort> positions)
    {
        var length = positions.Length * 2;
        writer.WriteBinHeader(length);
        var span = writer.GetSpan(length);
        for (var i = 0; i < positions.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[(i * 2)..], positions[i]);
        }

        writer.Advance(length);
    }
}
