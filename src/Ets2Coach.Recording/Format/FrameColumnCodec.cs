using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// Turns the frames of one chunk into compressible bytes and back, losslessly:
/// frame 0 is stored raw (the keyframe, so each chunk stands alone); for frames 1..N-1 each column's
/// value is predicted (<see cref="ColumnPredictor"/>), and the residuals are byte-plane shuffled
/// (all low bytes of the column, then all second bytes, …) with the all-zero high planes dropped.
/// Smooth physics leaves residuals of 1–3 significant bytes, so the kept planes are short and the
/// zero-heavy ones compress well under LZ4.
/// </summary>
/// <remarks>Holds scratch buffers: one instance per thread, no allocation after the first chunks.</remarks>
internal sealed class FrameColumnCodec
{
    private const int PredictorCount = 5;
    private const int SimulationTimeOffset = 8;
    private const int SparseFlag = 0x80;
    private ulong[] _values = new ulong[64];
    private ulong[] _residuals = new ulong[64 * PredictorCount];
    private byte[] _lengths = new byte[64];
    private TimeWeights[] _weights = new TimeWeights[64];

    /// <summary>Bytes of plane data <see cref="Encode"/> will need at most for <paramref name="frameCount"/> frames.</summary>
    public static int MaxPlaneBytes(int frameCount) => frameCount <= 1 ? 0 : (frameCount - 1) * TelemetryFrame.SizeInBytes;

    /// <summary>Encodes <paramref name="frames"/> (at least one).</summary>
    /// <param name="frames">The chunk's frames.</param>
    /// <param name="descriptors">One byte per column: predictor (high nibble) and plane count (low nibble).</param>
    /// <param name="keyframe">Frame 0, raw (312 bytes).</param>
    /// <param name="planes">Destination of the plane bytes, at least <see cref="MaxPlaneBytes"/> long.</param>
    /// <returns>Plane bytes written.</returns>
    public int Encode(ReadOnlySpan<TelemetryFrame> frames, Span<byte> descriptors, Span<byte> keyframe, Span<byte> planes)
    {
        var n = frames.Length;
        EnsureCapacity(n);
        var bytes = MemoryMarshal.AsBytes(frames);
        bytes[..TelemetryFrame.SizeInBytes].CopyTo(keyframe);
        ComputeWeights(bytes, _weights.AsSpan(0, n));
        var written = 0;
        var columns = FrameColumns.All;
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            var values = _values.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                values[i] = Key(Load(bytes, (i * TelemetryFrame.SizeInBytes) + column.Offset, column.Width), column);
            }

            var best = ColumnPredictor.XorPrevious;
            var bestCost = long.MaxValue;
            var bestSparse = false;
            var bestPlanes = 0;
            var candidates = column.Kind == ColumnKind.Float ? PredictorCount : (int)ColumnPredictor.DeltaOfDelta;
            for (var p = 1; p <= candidates; p++)
            {
                var residuals = _residuals.AsSpan((p - 1) * n, n);
                if ((ColumnPredictor)p >= ColumnPredictor.TimeLinear)
                {
                    PredictInTime((ColumnPredictor)p == ColumnPredictor.TimeQuadratic, column, values, _weights.AsSpan(0, n), residuals);
                }
                else
                {
                    Predict((ColumnPredictor)p, column.Width, values, residuals);
                }

                var (planeCount, sparse, cost) = Cost(residuals);
                if (cost < bestCost)
                {
                    (bestCost, best, bestSparse, bestPlanes) = (cost, (ColumnPredictor)p, sparse, planeCount);
                }
            }

            var chosen = _residuals.AsSpan(((int)best - 1) * n, n);
            descriptors[c] = (byte)((bestSparse ? SparseFlag : 0) | ((int)best << 4) | bestPlanes);
            written += bestSparse ? WriteSparse(chosen, bestPlanes, planes[written..]) : WriteDense(chosen, bestPlanes, planes[written..]);
        }

        return written;
    }

    /// <summary>Rebuilds <paramref name="destination"/>.Length frames; false when the inputs are inconsistent.</summary>
    public bool TryDecode(ReadOnlySpan<byte> descriptors, ReadOnlySpan<byte> keyframe, ReadOnlySpan<byte> planes, Span<TelemetryFrame> destination)
    {
        var n = destination.Length;
        if (n == 0)
        {
            return descriptors.Length == 0 && keyframe.Length == 0 && planes.Length == 0;
        }

        var columns = FrameColumns.All;
        if (descriptors.Length != columns.Length || keyframe.Length != TelemetryFrame.SizeInBytes)
        {
            return false;
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var predictor = (descriptors[c] >> 4) & 0x7;
            var planeCount = descriptors[c] & 0xF;
            if (predictor is < 1 or > PredictorCount || planeCount > columns[c].Width
                || (predictor >= (int)ColumnPredictor.TimeLinear && columns[c].Kind != ColumnKind.Float))
            {
                return false;
            }
        }

        EnsureCapacity(n);
        var bytes = MemoryMarshal.AsBytes(destination);
        var residuals = _residuals.AsSpan(0, n);
        var read = 0;
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            var planeCount = descriptors[c] & 0xF;
            var predictor = (ColumnPredictor)((descriptors[c] >> 4) & 0x7);
            if (planeCount == 0 && predictor is ColumnPredictor.XorPrevious or ColumnPredictor.DeltaPrevious)
            {
                // A constant column (wear, flags, most of a chunk's channels): no residual bytes to read.
                residuals.Fill(Key(Load(keyframe, column.Offset, column.Width), column));
                StoreColumn(residuals, column, bytes);
            }
            else
            {
                residuals.Clear();
                var used = (descriptors[c] & SparseFlag) != 0
                    ? ReadSparse(planes[read..], planeCount, residuals)
                    : ReadDense(planes[read..], planeCount, residuals);
                if (used < 0)
                {
                    return false;
                }

                read += used;
                var first = Key(Load(keyframe, column.Offset, column.Width), column);
                Reconstruct(predictor, column, first, residuals, _weights.AsSpan(0, n));
                StoreColumn(residuals, column, bytes);
            }

            if (column.Offset == SimulationTimeOffset)
            {
                ComputeWeights(bytes, _weights.AsSpan(0, n)); // every time-predicted column comes after the time column
            }
        }

        return read == planes.Length;
    }

    private static void Predict(ColumnPredictor predictor, int width, ReadOnlySpan<ulong> values, Span<ulong> residuals)
    {
        var mask = width == 8 ? ulong.MaxValue : uint.MaxValue;
        var p2 = values[0];
        var p1 = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            var v = values[i];
            var r = predictor switch
            {
                ColumnPredictor.XorPrevious => v ^ p1,
                ColumnPredictor.DeltaPrevious => ZigZag((v - p1) & mask, width),
                _ => ZigZag((v - ((2 * p1) - p2)) & mask, width),
            };
            residuals[i] = r;
            p2 = p1;
            p1 = v;
        }
    }

    /// <summary>Plane count, and whether the sparse layout is smaller, and the bytes the cheaper layout needs.</summary>
    private static (int Planes, bool Sparse, long Cost) Cost(ReadOnlySpan<ulong> residuals)
    {
        var planes = 0;
        long sum = 0;
        for (var i = 1; i < residuals.Length; i++)
        {
            var significant = SignificantBytes(residuals[i]);
            sum += significant;
            planes = Math.Max(planes, significant);
        }

        var count = residuals.Length - 1;
        var dense = (long)planes * count;
        var sparse = ((count + 1) / 2) + sum;
        return sparse < dense ? (planes, true, sparse) : (planes, false, dense);
    }

    /// <summary>Dense layout: plane p holds byte p of every residual.</summary>
    private static int WriteDense(ReadOnlySpan<ulong> residuals, int planeCount, Span<byte> output)
    {
        var written = 0;
        for (var plane = 0; plane < planeCount; plane++)
        {
            var shift = plane * 8;
            for (var i = 1; i < residuals.Length; i++)
            {
                output[written++] = (byte)(residuals[i] >> shift);
            }
        }

        return written;
    }

    /// <summary>
    /// Sparse layout, for columns whose residuals are mostly short with a few long outliers (a value
    /// crossing zero): one length nibble per residual, then plane p holds byte p of only the
    /// residuals longer than p bytes.
    /// </summary>
    private static int WriteSparse(ReadOnlySpan<ulong> residuals, int planeCount, Span<byte> output)
    {
        var count = residuals.Length - 1;
        var written = (count + 1) / 2;
        output[..written].Clear();
        for (var i = 0; i < count; i++)
        {
            output[i >> 1] |= (byte)(SignificantBytes(residuals[i + 1]) << ((i & 1) * 4));
        }

        for (var plane = 0; plane < planeCount; plane++)
        {
            var shift = plane * 8;
            for (var i = 1; i < residuals.Length; i++)
            {
                if (SignificantBytes(residuals[i]) > plane)
                {
                    output[written++] = (byte)(residuals[i] >> shift);
                }
            }
        }

        return written;
    }

    /// <summary>Reads a dense column; the bytes used, or -1 when the input is too short.</summary>
    private static int ReadDense(ReadOnlySpan<byte> input, int planeCount, Span<ulong> residuals)
    {
        var count = residuals.Length - 1;
        var needed = planeCount * count;
        if (input.Length < needed)
        {
            return -1;
        }

        for (var plane = 0; plane < planeCount; plane++)
        {
            var shift = plane * 8;
            var source = input.Slice(plane * count, count);
            for (var i = 0; i < count; i++)
            {
                residuals[i + 1] |= (ulong)source[i] << shift;
            }
        }

        return needed;
    }

    /// <summary>Reads a sparse column; the bytes used, or -1 when the input is too short or a length is out of range.</summary>
    private int ReadSparse(ReadOnlySpan<byte> input, int planeCount, Span<ulong> residuals)
    {
        var count = residuals.Length - 1;
        var read = (count + 1) / 2;
        if (input.Length < read)
        {
            return -1;
        }

        var lengths = _lengths.AsSpan(0, count);
        var total = read;
        for (var i = 0; i < count; i++)
        {
            var length = (input[i >> 1] >> ((i & 1) * 4)) & 0xF;
            if (length > planeCount)
            {
                return -1;
            }

            lengths[i] = (byte)length;
            total += length;
        }

        if (input.Length < total)
        {
            return -1;
        }

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

        return total;
    }

    private static void PredictInTime(bool quadratic, FrameColumn column, ReadOnlySpan<ulong> keys, ReadOnlySpan<TimeWeights> weights, Span<ulong> residuals)
    {
        var mask = column.Width == 8 ? ulong.MaxValue : uint.MaxValue;
        for (var i = 1; i < keys.Length; i++)
        {
            var k1 = keys[i - 1];
            var k2 = i >= 2 ? keys[i - 2] : k1;
            var k3 = i >= 3 ? keys[i - 3] : k2;
            residuals[i] = ZigZag((keys[i] - TimeKey(quadratic, column, weights[i], k1, k2, k3)) & mask, column.Width);
        }
    }

    /// <summary>
    /// Per-frame weights of the time-aware predictors, computed once per chunk from the frames'
    /// simulation times (the same function on both sides, so encoder and decoder agree bit for bit):
    /// the linear ratio (t − t1) / (t1 − t2) and the Lagrange weights of the parabola through the
    /// three previous frames. A pause, timer restart or long gap leaves no slope to trust.
    /// </summary>
    private static void ComputeWeights(ReadOnlySpan<byte> frames, Span<TimeWeights> weights)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = default;
            if (i < 2)
            {
                continue;
            }

            var t = Time(frames, i);
            var t1 = Time(frames, i - 1);
            var t2 = Time(frames, i - 2);
            if (t1 <= t2 || t < t1 || t - t1 > 4 * (t1 - t2))
            {
                continue;
            }

            weights[i].Kind = 1;
            weights[i].Ratio = (double)(t - t1) / (t1 - t2);
            var t3 = i >= 3 ? Time(frames, i - 3) : 0;
            if (i >= 3 && t3 < t2)
            {
                double d = t - t1, d2 = (double)t2 - t1, d3 = (double)t3 - t1;
                weights[i].Kind = 2;
                weights[i].L1 = (d - d2) * (d - d3) / (d2 * d3);
                weights[i].L2 = d * (d - d3) / (d2 * (d2 - d3));
                weights[i].L3 = d * (d - d2) / (d3 * (d3 - d2));
            }
        }
    }

    /// <summary>The key of the time-aware prediction from the keys of the three previous frames (<paramref name="key1"/> the last).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong TimeKey(bool quadratic, FrameColumn column, in TimeWeights weights, ulong key1, ulong key2, ulong key3)
    {
        if (weights.Kind == 0)
        {
            return key1;
        }

        var x1 = Value(key1, column);
        var x2 = Value(key2, column);
        var prediction = quadratic && weights.Kind == 2
            ? (x1 * weights.L1) + (x2 * weights.L2) + (Value(key3, column) * weights.L3)
            : x1 + ((x1 - x2) * weights.Ratio);
        if (column.Width == 8)
        {
            return double.IsFinite(prediction) ? Key(BitConverter.DoubleToUInt64Bits(prediction), column) : key1;
        }

        var single = (float)prediction;
        return float.IsFinite(single) ? Key(BitConverter.SingleToUInt32Bits(single), column) : key1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Time(ReadOnlySpan<byte> frames, int i) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.AsRef(in frames[(i * TelemetryFrame.SizeInBytes) + SimulationTimeOffset]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Value(ulong key, FrameColumn column) =>
        column.Width == 8 ? BitConverter.UInt64BitsToDouble(UnKey(key, column)) : BitConverter.UInt32BitsToSingle((uint)UnKey(key, column));

    /// <summary>Turns the residuals of one column back into keys, in place (index 0 becomes <paramref name="first"/>).</summary>
    private static void Reconstruct(ColumnPredictor predictor, FrameColumn column, ulong first, Span<ulong> values, ReadOnlySpan<TimeWeights> weights)
    {
        var mask = column.Width == 8 ? ulong.MaxValue : uint.MaxValue;
        values[0] = first;
        var p1 = first;
        switch (predictor)
        {
            case ColumnPredictor.XorPrevious:
                for (var i = 1; i < values.Length; i++)
                {
                    values[i] = p1 ^= values[i];
                }

                return;
            case ColumnPredictor.DeltaPrevious:
                for (var i = 1; i < values.Length; i++)
                {
                    values[i] = p1 = (p1 + UnZigZag(values[i])) & mask;
                }

                return;
            case ColumnPredictor.DeltaOfDelta:
                var p2 = first;
                for (var i = 1; i < values.Length; i++)
                {
                    var v = ((2 * p1) - p2 + UnZigZag(values[i])) & mask;
                    values[i] = v;
                    p2 = p1;
                    p1 = v;
                }

                return;
            default:
                var quadratic = predictor == ColumnPredictor.TimeQuadratic;
                var q2 = first;
                var q3 = first;
                for (var i = 1; i < values.Length; i++)
                {
                    var v = (TimeKey(quadratic, column, weights[i], p1, q2, q3) + UnZigZag(values[i])) & mask;
                    values[i] = v;
                    q3 = q2;
                    q2 = p1;
                    p1 = v;
                }

                return;
        }
    }

    /// <summary>Writes a column's keys into the frames as raw bits, one specialised loop per width and kind.</summary>
    private static void StoreColumn(ReadOnlySpan<ulong> keys, FrameColumn column, Span<byte> frames)
    {
        ref var target = ref Unsafe.Add(ref MemoryMarshal.GetReference(frames), column.Offset);
        const int stride = TelemetryFrame.SizeInBytes;
        if (column.Width == 8)
        {
            const ulong sign = 1UL << 63;
            var isFloat = column.Kind == ColumnKind.Float;
            for (var i = 0; i < keys.Length; i++)
            {
                var k = keys[i];
                var raw = !isFloat ? k : (k & sign) != 0 ? k & ~sign : ~k;
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, i * stride), raw);
            }
        }
        else if (column.Kind == ColumnKind.Float)
        {
            const uint sign = 1u << 31;
            for (var i = 0; i < keys.Length; i++)
            {
                var k = (uint)keys[i];
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, i * stride), (k & sign) != 0 ? k & ~sign : ~k);
            }
        }
        else
        {
            for (var i = 0; i < keys.Length; i++)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, i * stride), (uint)keys[i]);
            }
        }
    }

    /// <summary>Weights of the time-aware predictors for one frame (see <see cref="ComputeWeights"/>).</summary>
    private struct TimeWeights
    {
        public int Kind;
        public double Ratio;
        public double L1;
        public double L2;
        public double L3;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ZigZag(ulong difference, int width)
    {
        // Sign-extend the width-bit difference, then move the sign to bit 0 (small magnitudes → small numbers).
        var signed = width == 8 ? (long)difference : (int)(uint)difference;
        var zigzag = (ulong)((signed << 1) ^ (signed >> 63));
        return width == 8 ? zigzag : zigzag & uint.MaxValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong UnZigZag(ulong value) => (value >> 1) ^ (0UL - (value & 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SignificantBytes(ulong value) => (71 - BitOperations.LeadingZeroCount(value)) >> 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Load(ReadOnlySpan<byte> bytes, int offset, int width) =>
        width == 8
            ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.AsRef(in bytes[offset]))
            : Unsafe.ReadUnaligned<uint>(ref Unsafe.AsRef(in bytes[offset]));

    // Order-preserving map of IEEE bits to unsigned integers: positives get the sign bit set,
    // negatives are inverted, so nearby values of either sign are nearby integers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ulong raw, FrameColumn column)
    {
        if (column.Kind == ColumnKind.Integer)
        {
            return raw;
        }

        var sign = column.Width == 8 ? 1UL << 63 : 1UL << 31;
        var mask = column.Width == 8 ? ulong.MaxValue : uint.MaxValue;
        return (raw & sign) != 0 ? ~raw & mask : raw | sign;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong UnKey(ulong key, FrameColumn column)
    {
        if (column.Kind == ColumnKind.Integer)
        {
            return key;
        }

        var sign = column.Width == 8 ? 1UL << 63 : 1UL << 31;
        var mask = column.Width == 8 ? ulong.MaxValue : uint.MaxValue;
        return (key & sign) != 0 ? key & ~sign : ~key & mask;
    }

    private void EnsureCapacity(int frameCount)
    {
        if (_values.Length < frameCount)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)frameCount);
            _values = new ulong[size];
            _residuals = new ulong[size * PredictorCount];
            _lengths = new byte[size];
            _weights = new TimeWeights[size];
        }
    }
}
