using System.Buffers.Binary;
using System.IO.Hashing;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// The 16 bytes in front of every record, little-endian:
/// <c>[magic u32 "E2CD"][crc32 u32][kind u8][version u8][reserved u16][length u32]</c>.
/// The CRC-32 covers everything after itself (kind, version, reserved, length and the body) in one
/// contiguous span, so a flipped length is caught like a flipped body byte and checking costs no
/// allocation. The magic lets a reader find the next record after damage.
/// </summary>
internal readonly record struct RecordPrefix(RecordKind Kind, byte Version, uint Length, uint Crc)
{
    private const int CrcAt = 4;
    private const int CoveredFrom = 8;

    /// <summary>Writes the prefix of a record whose body already sits at <c>record[16..]</c>.</summary>
    /// <param name="record">Prefix space (16 bytes) followed by the body.</param>
    /// <param name="kind">What the body holds.</param>
    public static void Complete(Span<byte> record, RecordKind kind)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(record, DriveFormat.Magic);
        record[8] = (byte)kind;
        record[9] = DriveFormat.FormatVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(record[10..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)(record.Length - DriveFormat.PrefixSize));
        BinaryPrimitives.WriteUInt32LittleEndian(record[CrcAt..], Crc32.HashToUInt32(record[CoveredFrom..]));
    }

    /// <summary>Reads a prefix; false when the bytes do not start with the magic.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out RecordPrefix prefix)
    {
        if (source.Length < DriveFormat.PrefixSize || BinaryPrimitives.ReadUInt32LittleEndian(source) != DriveFormat.Magic)
        {
            prefix = default;
            return false;
        }

        prefix = new RecordPrefix(
            (RecordKind)source[8],
            source[9],
            BinaryPrimitives.ReadUInt32LittleEndian(source[12..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[CrcAt..]));
        return true;
    }

    /// <summary>True when <paramref name="record"/> (prefix + <see cref="Length"/> body bytes) carries the CRC its prefix declares.</summary>
    public bool Matches(ReadOnlySpan<byte> record) =>
        Crc32.HashToUInt32(record[CoveredFrom..(DriveFormat.PrefixSize + (int)Length)]) == Crc;
}
