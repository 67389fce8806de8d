using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// Gathering a column's residuals from its byte planes. Dense planes are merged eight residuals
/// at a time with vector widening (any CPU with 128-bit vectors); sparse planes are first expanded
/// to dense ones sixteen residuals at a time with a byte shuffle (SSSE3), the shuffle's indices
/// being the running count of residuals that have a byte in the plane. Scalar loops do the rest and
/// everything on CPUs without those instructions; both paths give the same residuals.
/// </summary>
internal sealed partial class FrameColumnCodec
{
    /// <summary>Bytes that may follow the planes given to <see cref="TryDecode(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, Span{Telemetry.TelemetryFrame})"/> so that they need not be copied.</summary>
    public const int ReadPadding = VectorPadding;

    /// <summary>Slack after the scratch buffers that vector loads and stores may run into.</summary>
    private const int VectorPadding = 64;

    /// <summary>
    /// Reads a dense column from the first <paramref name="available"/> bytes of <paramref name="input"/>
    /// (the AVX-512 path reads up to 64 bytes further); the bytes used, or -1 when they are too few.
    /// Residuals go to index 1 on; the AVX-512 path writes up to 64 values past the span's end.
    /// </summary>
    private int GatherDense(ReadOnlySpan<byte> input, int available, int planeCount, Span<ulong> residuals)
    {
        var count = residuals.Length - 1;
        var needed = planeCount * count;
        if (available < needed)
        {
            return -1;
        }

        if (_avx512 && planeCount > 0 && count > 0)
        {
            MergePlanes512(ref MemoryMarshal.GetReference(input), count, planeCount, ref residuals[1]);
        }
        else
        {
            MergePlanes(input[..needed], count, planeCount, residuals[1..]);
        }

        return needed;
    }

    /// <summary>Reads a sparse column (as <see cref="GatherDense"/>); -1 also when a length is out of range.</summary>
    private int GatherSparse(ReadOnlySpan<byte> input, int available, int planeCount, Span<ulong> residuals)
    {
        var count = residuals.Length - 1;
        var nibbleBytes = (count + 1) / 2;
        if (available < nibbleBytes)
        {
            return -1;
        }

        var lengths = _lengths.AsSpan(0, count + VectorPadding);
        var total = _avx512 ? UnpackLengths512(input, count, planeCount, lengths) : UnpackLengths(input[..available], count, planeCount, lengths);
        if (total < 0 || available < nibbleBytes + total)
        {
            return -1;
        }

        if (_avx512)
        {
            var expanded = _expanded.AsSpan(0, (planeCount * count) + VectorPadding);
            var cursor = nibbleBytes;
            for (var plane = 0; plane < planeCount; plane++)
            {
                cursor += ExpandPlane512(input, cursor, lengths, plane, expanded[(plane * count)..], count);
            }

            if (planeCount > 0 && count > 0)
            {
                MergePlanes512(ref MemoryMarshal.GetReference(expanded), count, planeCount, ref residuals[1]);
            }
            else
            {
                residuals[1..].Clear();
            }
        }
        else if (_vectorized && Ssse3.IsSupported)
        {
            input = input[..available];
            var expanded = _expanded.AsSpan(0, (planeCount * count) + VectorPadding);
            var cursor = nibbleBytes;
            for (var plane = 0; plane < planeCount; plane++)
            {
                cursor += ExpandPlane(input, cursor, lengths, plane, expanded[(plane * count)..], count);
            }

            MergePlanes(expanded, count, planeCount, residuals[1..]);
        }
        else
        {
            var read = nibbleBytes;
            residuals.Clear();
            for (var plane = 0; plane < planeCount; plane++)
            {
                var shift = plane * 8;
                for (var i = 0; i < count; i++)
                {
                    if (lengths[i] > plane)
                    {
                        residuals[i + 1] |= (ulong)input[read++] << shift;
                    }
                }
            }
        }

        return nibbleBytes + total;
    }

    /// <summary>
    /// The 4-bit lengths of a sparse column, one byte each, followed by zeros up to the padding;
    /// returns their sum, or -1 when one exceeds <paramref name="planeCount"/>.
    /// </summary>
    private int UnpackLengths(ReadOnlySpan<byte> input, int count, int planeCount, Span<byte> lengths)
    {
        var i = 0;
        var total = 0;
        if (_vectorized && Sse2.IsSupported)
        {
            ref var source = ref MemoryMarshal.GetReference(input);
            ref var target = ref MemoryMarshal.GetReference(lengths);
            var limit = Vector128.Create((sbyte)planeCount);
            var low = Vector128.Create((byte)0x0F);
            var tooLong = Vector128<sbyte>.Zero;
            var sums = Vector128<ulong>.Zero;
            for (; i + 16 <= count; i += 16)
            {
                var packed = Load8(ref source, i / 2);
                var expanded = Sse2.UnpackLow(packed & low, (packed.AsUInt16() >> 4).AsByte() & low);
                expanded.StoreUnsafe(ref target, (nuint)i);
                tooLong |= Sse2.CompareGreaterThan(expanded.AsSByte(), limit);
                sums += Sse2.SumAbsoluteDifferences(expanded, Vector128<byte>.Zero).AsUInt64();
            }

            if (tooLong != Vector128<sbyte>.Zero)
            {
                return -1;
            }

            total = (int)(sums.GetElement(0) + sums.GetElement(1));
        }

        for (; i < count; i++)
        {
            var length = (input[i >> 1] >> ((i & 1) * 4)) & 0xF;
            if (length > planeCount)
            {
                return -1;
            }

            lengths[i] = (byte)length;
            total += length;
        }

        lengths[count..].Clear();
        return total;
    }

    /// <summary>
    /// Expands sparse plane <paramref name="plane"/> (its bytes from <paramref name="start"/>) into
    /// <paramref name="count"/> dense bytes, 0 where a residual is not longer than the plane; returns
    /// the plane's length. Writes up to 15 bytes past <paramref name="count"/>.
    /// </summary>
    private static int ExpandPlane(ReadOnlySpan<byte> input, int start, ReadOnlySpan<byte> lengths, int plane, Span<byte> output, int count)
    {
        Span<byte> tail = stackalloc byte[16];
        ref var lengthsRef = ref MemoryMarshal.GetReference(lengths);
        ref var outputRef = ref MemoryMarshal.GetReference(output);
        var threshold = Vector128.Create((sbyte)plane);
        var one = Vector128.Create((byte)1);
        var zeroIndex = Vector128.Create((byte)0x80);
        var cursor = start;
        for (var i = 0; i < count; i += 16)
        {
            var take = Sse2.CompareGreaterThan(Vector128.LoadUnsafe(ref lengthsRef, (nuint)i).AsSByte(), threshold).AsByte();

            // Index of each taken byte = how many residuals before it in this block have one (prefix sum).
            var taken = take & one;
            var sum = taken + Sse2.ShiftLeftLogical128BitLane(taken, 1);
            sum += Sse2.ShiftLeftLogical128BitLane(sum, 2);
            sum += Sse2.ShiftLeftLogical128BitLane(sum, 4);
            sum += Sse2.ShiftLeftLogical128BitLane(sum, 8);
            var index = ((sum - taken) & take) | Vector128.AndNot(zeroIndex, take);
            Vector128<byte> data;
            if (cursor + 16 <= input.Length)
            {
                data = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(input), (nuint)cursor);
            }
            else
            {
                tail.Clear();
                input[cursor..].CopyTo(tail);
                data = Vector128.Create<byte>(tail);
            }

            Ssse3.Shuffle(data, index).StoreUnsafe(ref outputRef, (nuint)i);
            cursor += BitOperations.PopCount((uint)Sse2.MoveMask(take));
        }

        return cursor - start;
    }

    /// <summary>Merges planes of <paramref name="count"/> bytes each (plane p at p · count) into residuals.</summary>
    private void MergePlanes(ReadOnlySpan<byte> planes, int count, int planeCount, Span<ulong> output)
    {
        if (planeCount == 0)
        {
            output.Clear();
            return;
        }

        var i = 0;
        if (_vectorized && Vector128.IsHardwareAccelerated)
        {
            ref var source = ref MemoryMarshal.GetReference(planes);
            ref var target = ref MemoryMarshal.GetReference(output);
            for (; i + 8 <= count; i += 8)
            {
                var (low, high) = Quad(ref source, count, i, 0, planeCount);
                var r0 = Vector128.WidenLower(low);
                var r1 = Vector128.WidenUpper(low);
                var r2 = Vector128.WidenLower(high);
                var r3 = Vector128.WidenUpper(high);
                if (planeCount > 4)
                {
                    var (low2, high2) = Quad(ref source, count, i, 4, planeCount);
                    r0 |= Vector128.WidenLower(low2) << 32;
                    r1 |= Vector128.WidenUpper(low2) << 32;
                    r2 |= Vector128.WidenLower(high2) << 32;
                    r3 |= Vector128.WidenUpper(high2) << 32;
                }

                r0.StoreUnsafe(ref target, (nuint)i);
                r1.StoreUnsafe(ref target, (nuint)i + 2);
                r2.StoreUnsafe(ref target, (nuint)i + 4);
                r3.StoreUnsafe(ref target, (nuint)i + 6);
            }
        }

        for (; i < count; i++)
        {
            ulong value = 0;
            for (var plane = 0; plane < planeCount; plane++)
            {
                value |= (ulong)planes[(plane * count) + i] << (plane * 8);
            }

            output[i] = value;
        }
    }

    /// <summary>Bytes <paramref name="first"/> … first + 3 of residuals i … i + 7, as two vectors of four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector128<uint> Low, Vector128<uint> High) Quad(ref byte source, int count, int i, int first, int planeCount)
    {
        var pair = Pair(ref source, count, i, first, planeCount);
        var low = Vector128.WidenLower(pair);
        var high = Vector128.WidenUpper(pair);
        if (planeCount > first + 2)
        {
            var pair2 = Pair(ref source, count, i, first + 2, planeCount);
            low |= Vector128.WidenLower(pair2) << 16;
            high |= Vector128.WidenUpper(pair2) << 16;
        }

        return (low, high);
    }

    /// <summary>Bytes <paramref name="plane"/> and plane + 1 (when kept) of residuals i … i + 7, as eight 16-bit values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Pair(ref byte source, int count, int i, int plane, int planeCount)
    {
        var pair = Vector128.WidenLower(Load8(ref source, (plane * count) + i));
        return planeCount > plane + 1 ? pair | (Vector128.WidenLower(Load8(ref source, ((plane + 1) * count) + i)) << 8) : pair;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Load8(ref byte source, int offset) =>
        Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, offset))).AsByte();
}
