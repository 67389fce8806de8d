using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// The AVX-512 path (<see cref="DecodePath.Avx512"/>): 64 residuals per step, so a 60-frame chunk's
/// column is one step with no scalar tail. It relies on padding instead of tail loops: the planes are
/// followed by at least 64 readable bytes, and the residual scratch by 64 writable values.
/// </summary>
internal sealed partial class FrameColumnCodec
{
    /// <summary>
    /// The 4-bit lengths of a sparse column, one byte each, zero from <paramref name="count"/> to the next
    /// multiple of 64; returns their sum, or -1 when one exceeds <paramref name="planeCount"/>.
    /// </summary>
    private static int UnpackLengths512(ReadOnlySpan<byte> input, int count, int planeCount, Span<byte> lengths)
    {
        ref var source = ref MemoryMarshal.GetReference(input);
        ref var target = ref MemoryMarshal.GetReference(lengths);
        var limit = Vector512.Create((byte)planeCount);
        var tooLong = Vector512<byte>.Zero;
        var sums = Vector512<ulong>.Zero;
        for (var i = 0; i < count; i += 64)
        {
            // Byte k holds residual 2k in its low nibble and 2k + 1 in its high one: widened to 16 bits,
            // (low nibble) | (high nibble << 8) puts them in that order.
            var wide = Avx512BW.ConvertToVector512UInt16(Vector256.LoadUnsafe(ref source, (nuint)(i / 2)));
            var unpacked = ((wide & Vector512.Create((ushort)0x000F)) | ((wide & Vector512.Create((ushort)0x00F0)) << 4)).AsByte();
            unpacked &= Vector512.LessThan(Vector512<byte>.Indices, Vector512.Create((byte)Math.Min(64, count - i)));
            unpacked.StoreUnsafe(ref target, (nuint)i);
            tooLong |= Vector512.GreaterThan(unpacked, limit);
            sums += Avx512BW.SumAbsoluteDifferences(unpacked, Vector512<byte>.Zero).AsUInt64();
        }

        return tooLong == Vector512<byte>.Zero ? (int)Vector512.Sum(sums) : -1;
    }

    /// <summary>
    /// <see cref="ExpandPlane"/> 64 residuals at a time with AVX-512 VBMI2's byte expansion, which
    /// places the next bytes at the lanes of a mask by itself (a 60-frame chunk is one step).
    /// Writes up to 63 bytes past <paramref name="count"/>.
    /// </summary>
    private static int ExpandPlane512(ReadOnlySpan<byte> input, int start, ReadOnlySpan<byte> lengths, int plane, Span<byte> output, int count)
    {
        Span<byte> tail = stackalloc byte[64];
        ref var lengthsRef = ref MemoryMarshal.GetReference(lengths);
        ref var outputRef = ref MemoryMarshal.GetReference(output);
        var threshold = Vector512.Create((sbyte)plane);
        var cursor = start;
        for (var i = 0; i < count; i += 64)
        {
            var take = Avx512BW.CompareGreaterThan(Vector512.LoadUnsafe(ref lengthsRef, (nuint)i).AsSByte(), threshold).AsByte();
            Vector512<byte> data;
            if (cursor + 64 <= input.Length)
            {
                data = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(input), (nuint)cursor);
            }
            else
            {
                tail.Clear();
                input[cursor..].CopyTo(tail);
                data = Vector512.Create<byte>(tail);
            }

            Avx512Vbmi2.Expand(Vector512<byte>.Zero, take, data).StoreUnsafe(ref outputRef, (nuint)i);
            cursor += BitOperations.PopCount(take.ExtractMostSignificantBits());
        }

        return cursor - start;
    }

    /// <summary>Merges planes of <paramref name="count"/> bytes (plane p at p · count) into residuals, 64 at a time.</summary>
    private static void MergePlanes512(ref byte source, int count, int planeCount, ref ulong target)
    {
        for (var i = 0; i < count; i += 64)
        {
            var (q0, q1, q2, q3) = Quads512(ref source, count, i, 0, planeCount);
            var r0 = Vector512.WidenLower(q0);
            var r1 = Vector512.WidenUpper(q0);
            var r2 = Vector512.WidenLower(q1);
            var r3 = Vector512.WidenUpper(q1);
            var r4 = Vector512.WidenLower(q2);
            var r5 = Vector512.WidenUpper(q2);
            var r6 = Vector512.WidenLower(q3);
            var r7 = Vector512.WidenUpper(q3);
            if (planeCount > 4)
            {
                var (h0, h1, h2, h3) = Quads512(ref source, count, i, 4, planeCount);
                r0 |= Vector512.WidenLower(h0) << 32;
                r1 |= Vector512.WidenUpper(h0) << 32;
                r2 |= Vector512.WidenLower(h1) << 32;
                r3 |= Vector512.WidenUpper(h1) << 32;
                r4 |= Vector512.WidenLower(h2) << 32;
                r5 |= Vector512.WidenUpper(h2) << 32;
                r6 |= Vector512.WidenLower(h3) << 32;
                r7 |= Vector512.WidenUpper(h3) << 32;
            }

            ref var output = ref Unsafe.Add(ref target, i);
            r0.StoreUnsafe(ref output);
            r1.StoreUnsafe(ref output, 8);
            r2.StoreUnsafe(ref output, 16);
            r3.StoreUnsafe(ref output, 24);
            r4.StoreUnsafe(ref output, 32);
            r5.StoreUnsafe(ref output, 40);
            r6.StoreUnsafe(ref output, 48);
            r7.StoreUnsafe(ref output, 56);
        }
    }

    /// <summary>Bytes <paramref name="first"/> … first + 3 of residuals i … i + 63, as four vectors of sixteen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector512<uint>, Vector512<uint>, Vector512<uint>, Vector512<uint>) Quads512(ref byte source, int count, int i, int first, int planeCount)
    {
        var (low, high) = Pairs512(ref source, count, i, first, planeCount);
        var q0 = Vector512.WidenLower(low);
        var q1 = Vector512.WidenUpper(low);
        var q2 = Vector512.WidenLower(high);
        var q3 = Vector512.WidenUpper(high);
        if (planeCount > first + 2)
        {
            var (low2, high2) = Pairs512(ref source, count, i, first + 2, planeCount);
            q0 |= Vector512.WidenLower(low2) << 16;
            q1 |= Vector512.WidenUpper(low2) << 16;
            q2 |= Vector512.WidenLower(high2) << 16;
            q3 |= Vector512.WidenUpper(high2) << 16;
        }

        return (q0, q1, q2, q3);
    }

    /// <summary>Bytes <paramref name="plane"/> and plane + 1 (when kept) of residuals i … i + 63, as two vectors of 32 16-bit values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector512<ushort> Low, Vector512<ushort> High) Pairs512(ref byte source, int count, int i, int plane, int planeCount)
    {
        var bytes = Vector512.LoadUnsafe(ref source, (nuint)((plane * count) + i));
        var low = Vector512.WidenLower(bytes);
        var high = Vector512.WidenUpper(bytes);
        if (planeCount > plane + 1)
        {
            var next = Vector512.LoadUnsafe(ref source, (nuint)(((plane + 1) * count) + i));
            low |= Vector512.WidenLower(next) << 8;
            high |= Vector512.WidenUpper(next) << 8;
        }

        return (low, high);
    }

    /// <summary>
    /// <see cref="Rebuild{T}"/> eight values at a time: XOR and sums over the column are prefix scans
    /// (three shifted adds within a vector, then the previous vector's last value added to all), a
    /// delta of deltas two of them; the keys become stored bits in the vector too, then a plain loop
    /// writes them at the frame stride. Writes up to 7 values past the span's end.
    /// </summary>
    private static void RebuildLanes<T>(ColumnPredictor predictor, Span<ulong> residuals, ref byte field)
        where T : struct, IColumnType
    {
        var n = residuals.Length;
        ref var values = ref MemoryMarshal.GetReference(residuals);
        var mask = Vector512.Create(T.Mask);
        var carry = Vector512.Create(values);
        var slope = Vector512<ulong>.Zero;
        for (var i = 1; i < n; i += 8)
        {
            var r = Vector512.LoadUnsafe(ref values, (nuint)i);
            Vector512<ulong> keys;
            if (predictor == ColumnPredictor.XorPrevious)
            {
                r ^= Avx512F.AlignRight64(r, Vector512<ulong>.Zero, 7);
                r ^= Avx512F.AlignRight64(r, Vector512<ulong>.Zero, 6);
                r ^= Avx512F.AlignRight64(r, Vector512<ulong>.Zero, 4);
                keys = r ^ carry;
            }
            else
            {
                var deltas = PrefixSum((r >>> 1) ^ (Vector512<ulong>.Zero - (r & Vector512<ulong>.One)));
                if (predictor == ColumnPredictor.DeltaOfDelta)
                {
                    deltas += slope;
                    slope = Last(deltas);
                    deltas = PrefixSum(deltas);
                }

                keys = (deltas + carry) & mask;
            }

            carry = Last(keys);
            T.Raw(keys).StoreUnsafe(ref values, (nuint)i);
        }

        for (var i = 1; i < n; i++)
        {
            T.StoreRaw(ref Unsafe.Add(ref field, i * Stride), Unsafe.Add(ref values, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> PrefixSum(Vector512<ulong> x)
    {
        // AlignRight64(x, 0, 8 − k) moves every lane k places up, zeros below: x[i] += x[i − k].
        x += Avx512F.AlignRight64(x, Vector512<ulong>.Zero, 7);
        x += Avx512F.AlignRight64(x, Vector512<ulong>.Zero, 6);
        return x + Avx512F.AlignRight64(x, Vector512<ulong>.Zero, 4);
    }

    /// <summary>The last lane in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Last(Vector512<ulong> x) => Avx512F.PermuteVar8x64(x, Vector512.Create(7UL));
}
