using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Ets2Coach.Recording.Format.Records;
using Ets2Coach.Telemetry;
using MessagePack;

namespace Ets2Coach.Recording.Format;

/// <summary>The payload reader: checks every length against the summary before copying.</summary>
internal sealed partial class ChunkCodec
{
    private const int MaxPayloadKeys = 64;
    private byte[] _positions = new byte[512];

    /// <inheritdoc />
    public ChunkCodec? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var chunk = _chunk!;
        var frameCount = chunk.FrameCount;
        var keys = reader.ReadMapHeader();
        if (keys > MaxPayloadKeys)
        {
            _error = "its payload has too many fields";
            return this;
        }

        var seen = 0;
        for (var i = 0; i < keys; i++)
        {
            var key = reader.ReadInt32();
            seen |= key is >= 0 and < 6 ? 1 << key : 0;
            switch (key)
            {
                case 0:
                    if (CopyBin(ref reader, _descriptors, exact: frameCount == 0 ? 0 : FrameColumns.Count) < 0)
                    {
                        return Fail("its column descriptors have the wrong size");
                    }

                    break;
                case 1:
                    if (CopyBin(ref reader, _keyframe, exact: frameCount == 0 ? 0 : TelemetryFrame.SizeInBytes) < 0)
                    {
                        return Fail("its keyframe has the wrong size");
                    }

                    break;
                case 2:
                    var maxPlanes = FrameColumnCodec.MaxPlaneBytes(frameCount);
                    if (_planes.Length < maxPlanes + FrameColumnCodec.ReadPadding)
                    {
                        _planes = new byte[maxPlanes + FrameColumnCodec.ReadPadding]; // padded: vector loads may run over the end
                    }

                    _planeLength = CopyBin(ref reader, _planes.AsSpan(0, maxPlanes), exact: -1);
                    if (_planeLength < 0)
                    {
                        return Fail("its frame planes are longer than its frames allow");
                    }

                    break;
                case 3:
                    if (CopyBin(ref reader, MemoryMarshal.AsBytes(chunk.Events), exact: chunk.EventCount * TelemetryEvent.SizeInBytes) < 0)
                    {
                        return Fail("its events do not match its event count");
                    }

                    break;
                case 4:
                    if (!ReadPositions(ref reader, chunk))
                    {
                        return Fail("its event positions are out of order or out of range");
                    }

                    break;
                case 5:
                    if (!ReadConfigurations(ref reader, chunk, options))
                    {
                        return this;
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        _error = seen == 0b111111 ? null : "its payload lacks a required field";
        return this;
    }

    private ChunkCodec Fail(string error)
    {
        _error = error;
        return this;
    }

    private bool ReadPositions(ref MessagePackReader reader, ChunkData chunk)
    {
        var count = chunk.EventCount;
        if (_positions.Length < count * 2)
        {
            _positions = new byte[count * 2];
        }

        if (CopyBin(ref reader, _positions.AsSpan(0, count * 2), exact: count * 2) < 0)
        {
            return false;
        }

        var positions = chunk.EventPositions;
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            int position = BinaryPrimitives.ReadUInt16LittleEndian(_positions.AsSpan(i * 2));
            if (position < previous || position > chunk.FrameCount)
            {
                return false;
            }

            positions[i] = (ushort)position;
            previous = position;
        }

        return true;
    }

    private bool ReadConfigurations(ref MessagePackReader reader, ChunkData chunk, MessagePackSerializerOptions options)
    {
        var count = reader.ReadArrayHeader();
        if (count > DriveFormat.MaxConfigurationsPerChunk)
        {
            _error = "it has too many configuration changes";
            return false;
        }

        var formatter = options.Resolver.GetFormatterWithVerify<ConfigurationRecord>();
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            var fields = reader.ReadArrayHeader();
            if (fields < 2)
            {
                _error = "a configuration change is incomplete";
                return false;
            }

            var position = reader.ReadInt32();
            var record = formatter.Deserialize(ref reader, options);
            for (var extra = 2; extra < fields; extra++)
            {
                reader.Skip();
            }

            if (position < previous || position > chunk.FrameCount)
            {
                _error = "a configuration change is out of order or out of range";
                return false;
            }

            if (!ConfigurationMapper.TryFromRecord(record, out var configuration, out var error))
            {
                _error = error;
                return false;
            }

            chunk.Configurations.Add((position, configuration));
            previous = position;
        }

        return true;
    }

    /// <summary>Copies a bin field into <paramref name="destination"/>; -1 when it is nil, too long, or not <paramref name="exact"/> bytes (when exact ≥ 0).</summary>
    private static int CopyBin(ref MessagePackReader reader, Span<byte> destination, int exact)
    {
        var bytes = reader.ReadBytes();
        if (bytes is not { } sequence || sequence.Length > destination.Length || (exact >= 0 && sequence.Length != exact))
        {
            return -1;
        }

        sequence.CopyTo(destination);
        return (int)sequence.Length;
    }
}
