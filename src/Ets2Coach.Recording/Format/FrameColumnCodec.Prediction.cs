using System.Numerics;
using System.Runtime.CompilerServices;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>Predictors, the order-preserving float keys, and the per-frame weights of the time-aware predictors.</summary>
internal sealed partial class FrameColumnCodec
{
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
}
