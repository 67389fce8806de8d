using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// The time-predicted columns four at a time (AVX2): each lane of a 256-bit vector is one column of
/// one width, every lane uses the frame's shared weights. The arithmetic is the scalar predictor's,
/// operation for operation (IEEE double, no fused multiply-add, one rounding to float), so the keys are
/// bit-identical to <see cref="TimeKey"/>'s. Groups are advanced frame by frame so that the
/// latency of one group's chain overlaps the work of the others.
/// </summary>
internal sealed partial class FrameColumnCodec
{
    private const int Lanes = 4;
    private readonly LaneGroup[] _groups = new LaneGroup[(TimeBatchColumns / Lanes) + 2];

    private void RebuildTimeLanes(int batched, int n, ReadOnlySpan<TimeWeights> weights, ref byte frames)
    {
        // Lanes of one width go together; a group's unused lanes repeat its last column and are not stored.
        var wide = SetUpGroups<Float64Lanes>(batched, n, 0);
        var all = SetUpGroups<Float32Lanes>(batched, n, wide);
        var groups = _groups.AsSpan(0, all);
        ref var residuals = ref MemoryMarshal.GetArrayDataReference(_batch);
        for (var i = 1; i < n; i++)
        {
            ref readonly var w = ref weights[i];
            ref var frame = ref Unsafe.Add(ref frames, i * Stride);
            for (var g = 0; g < wide; g++)
            {
                Step<Float64Lanes>(ref groups[g], w, ref Unsafe.Add(ref residuals, i), ref frame);
            }

            for (var g = wide; g < all; g++)
            {
                Step<Float32Lanes>(ref groups[g], w, ref Unsafe.Add(ref residuals, i), ref frame);
            }
        }
    }

    /// <summary>Fills groups from <paramref name="first"/> with the batched columns of type <typeparamref name="T"/>; returns the end.</summary>
    private int SetUpGroups<T>(int batched, int n, int first)
        where T : struct, ILaneType
    {
        var columns = FrameColumns.All;
        var g = first;
        var lane = 0;
        Span<int> slots = stackalloc int[Lanes];
        Span<int> offsets = stackalloc int[Lanes];
        Span<ulong> quadratic = stackalloc ulong[Lanes];
        for (var j = 0; j <= batched; j++)
        {
            var last = j == batched;
            if (!last && columns[_batchColumns[j]].Width != T.Width)
            {
                continue;
            }

            if (!last)
            {
                slots[lane] = j * n;
                offsets[lane] = columns[_batchColumns[j]].Offset;
                quadratic[lane] = _batchKinds[j] ? ulong.MaxValue : 0;
                lane++;
            }

            if (lane == Lanes || (last && lane > 0))
            {
                for (var pad = lane; pad < Lanes; pad++)
                {
                    slots[pad] = slots[lane - 1];
                    offsets[pad] = -1;
                    quadratic[pad] = quadratic[lane - 1];
                }

                ref var group = ref _groups[g++];
                group.Slot0 = slots[0];
                group.Slot1 = slots[1];
                group.Slot2 = slots[2];
                group.Slot3 = slots[3];
                group.Offset0 = offsets[0];
                group.Offset1 = offsets[1];
                group.Offset2 = offsets[2];
                group.Offset3 = offsets[3];
                group.Quadratic = Vector256.Create(quadratic[0], quadratic[1], quadratic[2], quadratic[3]).AsDouble();
                group.K1 = Vector256.Create(_batch[slots[0]], _batch[slots[1]], _batch[slots[2]], _batch[slots[3]]);
                group.X1 = group.X2 = group.X3 = T.ValueOf(group.K1);
                lane = 0;
            }
        }

        return g;
    }

    /// <summary>One frame of one group: predict, add the residuals, store, shift the history.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step<T>(ref LaneGroup group, in TimeWeights w, ref ulong residuals, ref byte frame)
        where T : struct, ILaneType
    {
        Vector256<ulong> predicted;
        if (w.Kind == 0)
        {
            predicted = group.K1;
        }
        else
        {
            var x1 = group.X1;
            var x2 = group.X2;
            var prediction = x1 + ((x1 - x2) * Vector256.Create(w.Ratio));
            if (w.Kind == 2)
            {
                var parabola = (x1 * Vector256.Create(w.L1)) + (x2 * Vector256.Create(w.L2)) + (group.X3 * Vector256.Create(w.L3));
                prediction = Vector256.ConditionalSelect(group.Quadratic, parabola, prediction);
            }

            predicted = T.KeyOf(prediction, group.K1);
        }

        var r = Vector256.Create(
            Unsafe.Add(ref residuals, group.Slot0),
            Unsafe.Add(ref residuals, group.Slot1),
            Unsafe.Add(ref residuals, group.Slot2),
            Unsafe.Add(ref residuals, group.Slot3));
        var key = (predicted + ((r >>> 1) ^ (Vector256<ulong>.Zero - (r & Vector256<ulong>.One)))) & T.Mask;
        group.X3 = group.X2;
        group.X2 = group.X1;
        group.X1 = T.ValueOf(key);
        group.K1 = key;
        T.Store(ref frame, group, key);
    }

    /// <summary>Four columns' history: the last key, the last three values, which lanes use the parabola, where they go.</summary>
    private struct LaneGroup
    {
        public Vector256<double> X1;
        public Vector256<double> X2;
        public Vector256<double> X3;
        public Vector256<ulong> K1;
        public Vector256<double> Quadratic;
        public int Slot0;
        public int Slot1;
        public int Slot2;
        public int Slot3;
        public int Offset0;
        public int Offset1;
        public int Offset2;
        public int Offset3;
    }

    /// <summary>The width-specific parts of the lane arithmetic.</summary>
    private interface ILaneType
    {
        static abstract int Width { get; }

        static abstract Vector256<ulong> Mask { get; }

        /// <summary>The key of each lane's prediction, or <paramref name="fallback"/> where it is not finite at the column's width.</summary>
        static abstract Vector256<ulong> KeyOf(Vector256<double> prediction, Vector256<ulong> fallback);

        /// <summary>Each lane's value as a double (what the next predictions use).</summary>
        static abstract Vector256<double> ValueOf(Vector256<ulong> key);

        /// <summary>Stores the real lanes' values into the frame.</summary>
        static abstract void Store(ref byte frame, in LaneGroup group, Vector256<ulong> key);
    }

    private readonly struct Float64Lanes : ILaneType
    {
        private const ulong Sign = 1UL << 63;
        private const ulong Exponent = 0x7FF0_0000_0000_0000UL;

        public static int Width => 8;

        public static Vector256<ulong> Mask => Vector256<ulong>.AllBitsSet;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<ulong> KeyOf(Vector256<double> prediction, Vector256<ulong> fallback)
        {
            var bits = prediction.AsUInt64();
            var exponent = Vector256.Create(Exponent);
            var key = bits ^ ((Vector256<ulong>.Zero - (bits >>> 63)) | Vector256.Create(Sign));
            return Vector256.ConditionalSelect(Vector256.Equals(bits & exponent, exponent), fallback, key);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> ValueOf(Vector256<ulong> key) => Raw(key).AsDouble();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(ref byte frame, in LaneGroup group, Vector256<ulong> key)
        {
            var raw = Raw(key);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref frame, group.Offset0), raw.GetElement(0));
            StoreIfReal(ref frame, group.Offset1, raw.GetElement(1));
            StoreIfReal(ref frame, group.Offset2, raw.GetElement(2));
            StoreIfReal(ref frame, group.Offset3, raw.GetElement(3));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ulong> Raw(Vector256<ulong> key) => key ^ (((key >>> 63) - Vector256<ulong>.One) | Vector256.Create(Sign));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreIfReal(ref byte frame, int offset, ulong value)
        {
            if (offset >= 0)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref frame, offset), value);
            }
        }
    }

    private readonly struct Float32Lanes : ILaneType
    {
        private const uint Sign = 1u << 31;
        private const uint Exponent = 0x7F80_0000u;

        public static int Width => 4;

        public static Vector256<ulong> Mask => Vector256.Create((ulong)uint.MaxValue);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<ulong> KeyOf(Vector256<double> prediction, Vector256<ulong> fallback)
        {
            // One rounding to float, as the scalar (float)prediction.
            var bits = Avx2.ConvertToVector256Int64(Avx.ConvertToVector128Single(prediction).AsUInt32()).AsUInt64();
            var exponent = Vector256.Create((ulong)Exponent);
            var key = (bits ^ ((Vector256<ulong>.Zero - (bits >>> 31)) | Vector256.Create((ulong)Sign))) & Mask;
            return Vector256.ConditionalSelect(Vector256.Equals(bits & exponent, exponent), fallback, key);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<double> ValueOf(Vector256<ulong> key)
        {
            var raw = Avx2.PermuteVar8x32(Raw(key).AsUInt32(), Vector256.Create(0u, 2, 4, 6, 0, 2, 4, 6)).GetLower();
            return Avx.ConvertToVector256Double(raw.AsSingle());
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(ref byte frame, in LaneGroup group, Vector256<ulong> key)
        {
            var raw = Raw(key);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref frame, group.Offset0), (uint)raw.GetElement(0));
            StoreIfReal(ref frame, group.Offset1, (uint)raw.GetElement(1));
            StoreIfReal(ref frame, group.Offset2, (uint)raw.GetElement(2));
            StoreIfReal(ref frame, group.Offset3, (uint)raw.GetElement(3));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ulong> Raw(Vector256<ulong> key) =>
            (key ^ (((key >>> 31) - Vector256<ulong>.One) | Vector256.Create((ulong)Sign))) & Mask;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreIfReal(ref byte frame, int offset, uint value)
        {
            if (offset >= 0)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref frame, offset), value);
            }
        }
    }
}
