using System.Buffers;
using System.Buffers.Binary;
using Ets2Coach.Recording.Format;

namespace Ets2Coach.Recording.Reading;

/// <summary>
/// Walks the framed records of a drive file in one forward pass and resynchronises after damage by
/// searching for the next record signature whose CRC matches. Memory is bounded by the largest
/// record the format allows, whatever the file declares. The buffer comes from
/// <see cref="ArrayPool{T}.Shared"/> and goes back on <see cref="Dispose"/>, so opening one file
/// after another does not allocate it each time.
/// </summary>
internal sealed class RecordScanner : IDisposable
{
    private const int ReadSize = 64 * 1024;
    private const int MaxBufferSize = DriveFormat.PrefixSize + DriveFormat.MaxRecordBodyBytes;
    private static readonly byte[] s_magic = BitConverter.IsLittleEndian ? BitConverter.GetBytes(DriveFormat.Magic) : [0x45, 0x32, 0x43, 0x44];
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ReadSize);
    private long _bufferOffset;
    private int _length;
    private bool _endOfStream;
    private long _position;

    /// <summary>Scans <paramref name="stream"/> from its current position (taken as offset 0).</summary>
    public RecordScanner(Stream stream) => _stream = stream;

    /// <summary>Returns the buffer to the pool; the scanner is not used afterwards.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        _endOfStream = true;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Offset of the next byte to scan.</summary>
    public long Position => _position;

    /// <summary>Reads up to <paramref name="count"/> bytes at the start without consuming them.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        var available = Ensure(_position, count);
        return _buffer.AsSpan((int)(_position - _bufferOffset), available);
    }

    /// <summary>The next record or damaged stretch.</summary>
    /// <param name="offset">Where the record or damage starts.</param>
    /// <param name="length">Its length in bytes (record: prefix + body).</param>
    /// <param name="prefix">The record's prefix (records only).</param>
    /// <param name="body">The record's body, valid until the next call (records only).</param>
    /// <param name="damage">Why the stretch is damaged (damage only).</param>
    public ScanResult Next(out long offset, out long length, out RecordPrefix prefix, out ReadOnlyMemory<byte> body, out DamageKind damage)
    {
        offset = _position;
        body = default;
        damage = default;
        var problem = TryRecordAt(_position, out prefix, out var recordLength);
        if (problem is null)
        {
            length = recordLength;
            body = _buffer.AsMemory((int)(_position - _bufferOffset) + DriveFormat.PrefixSize, (int)prefix.Length);
            _position += recordLength;
            return ScanResult.Record;
        }

        if (Ensure(_position, 1) == 0)
        {
            length = 0;
            return ScanResult.End;
        }

        // Damage: find the next position where a valid record starts; everything before it is lost.
        damage = problem.Value;
        var candidate = _position + 1;
        while (true)
        {
            candidate = FindMagic(candidate);
            if (candidate < 0)
            {
                var end = EndOffset();
                length = end - offset;
                _position = end;
                return ScanResult.Damage;
            }

            if (TryRecordAt(candidate, out _, out _) is null)
            {
                length = candidate - offset;
                _position = candidate;
                if (damage == DamageKind.Truncated)
                {
                    damage = DamageKind.BadLength; // a valid record follows: the length was wrong, not the file short
                }

                return ScanResult.Damage;
            }

            candidate++;
        }
    }

    private DamageKind? TryRecordAt(long position, out RecordPrefix prefix, out long recordLength)
    {
        recordLength = 0;
        var available = Ensure(position, DriveFormat.PrefixSize);
        var start = (int)(position - _bufferOffset);
        if (!RecordPrefix.TryRead(_buffer.AsSpan(start, available), out prefix))
        {
            return available < DriveFormat.PrefixSize && available >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(start)) == DriveFormat.Magic
                ? DamageKind.Truncated
                : DamageKind.Unrecognised;
        }

        if (prefix.Length > DriveFormat.MaxRecordBodyBytes)
        {
            return DamageKind.BadLength;
        }

        var total = DriveFormat.PrefixSize + (int)prefix.Length;
        available = Ensure(position, total);
        start = (int)(position - _bufferOffset);
        if (available < total)
        {
            return DamageKind.Truncated;
        }

        if (!prefix.Matches(_buffer.AsSpan(start, total)))
        {
            return DamageKind.CrcMismatch;
        }

        recordLength = total;
        return null;
    }

    private long FindMagic(long from)
    {
        var position = from;
        while (true)
        {
            var available = Ensure(position, ReadSize);
            if (available < s_magic.Length)
            {
                return -1;
            }

            var index = _buffer.AsSpan((int)(position - _bufferOffset), available).IndexOf(s_magic);
            if (index >= 0)
            {
                return position + index;
            }

            position += available - (s_magic.Length - 1);
        }
    }

    private long EndOffset()
    {
        while (!_endOfStream)
        {
            Ensure(_bufferOffset + _length, ReadSize);
        }

        return _bufferOffset + _length;
    }

    /// <summary>Makes <paramref name="count"/> bytes from <paramref name="position"/> available (fewer at the end of the file).</summary>
    private int Ensure(long position, int count)
    {
        var relative = position - _bufferOffset;
        if (relative < 0)
        {
            throw new InvalidOperationException("The scanner only moves forward.");
        }

        if (relative > _length)
        {
            throw new InvalidOperationException("The scanner cannot skip bytes it has not read.");
        }

        if (relative + count > _length && !_endOfStream)
        {
            // Drop what lies before position, then read until enough is there. The buffer grows only
            // as bytes actually arrive, so a record declaring 8 MiB in a 1 KB file costs 1 KB.
            var keep = (int)(_length - relative);
            if (keep > 0)
            {
                Buffer.BlockCopy(_buffer, (int)relative, _buffer, 0, keep);
            }

            _bufferOffset = position;
            _length = keep;
            relative = 0;
            while (_length < count && !_endOfStream)
            {
                if (_length == _buffer.Length)
                {
                    // Here _length < count <= MaxBufferSize, so the buffer does grow.
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxBufferSize));
                    Buffer.BlockCopy(_buffer, 0, larger, 0, _length);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }

                var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
                if (read == 0)
                {
                    _endOfStream = true;
                }

                _length += read;
            }
        }

        return (int)Math.Clamp(_length - relative, 0, count);
    }
}
