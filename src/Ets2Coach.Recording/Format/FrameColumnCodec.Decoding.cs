using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// The decoder, straight into the destination frames: the keyframe is copied into every frame
/// first, so a constant column (most of a chunk's) costs nothing more; every other column's
/// residuals are gathered from their planes (<c>FrameColumnCodec.Gather.cs</c>), then rebuilt and
/// stored at the frame stride in one loop specialised per predictor, width and kind. Columns
/// predicted in time are rebuilt together, frame by frame, because each one is a chain of dependent
/// floating-point steps (~25 cycles each): interleaving the columns lets the CPU overlap the chains.
/// </summary>
internal sealed partial class FrameColumnCodec
{
    private const int Stride = TelemetryFrame.SizeInBytes;

    /// <summary>Time-predicted columns rebuilt together (the residual scratch holds this many columns).</summary>
    private const int TimeBatchColumns = 32;

    private readonly int[] _batchColumns = new int[TimeBatchColumns];
    private readonly bool[] _batchKinds = new bool[TimeBatchColumns];

    /// <summary>Rebuilds <paramref name="destination"/>.Length frames; false when the inputs are inconsistent.</summary>
    public bool TryDecode(ReadOnlySpan<byte> descriptors, ReadOnlySpan<byte> keyframe, ReadOnlySpan<byte> planes, Span<TelemetryFrame> destination) =>
        TryDecode(descriptors, keyframe, planes, planes.Length, destination);

    /// <summary>
    /// Rebuilds <paramref name="destination"/>.Length frames from the first <paramref name="planeLength"/>
    /// bytes of <paramref name="buffer"/>; false when the inputs are inconsistent. When at least
    /// 64 more bytes follow the planes in <paramref name="buffer"/> (their values do not matter), the
    /// AVX-512 path reads over the end instead of copying the planes into a padded buffer first.
    /// </summary>
    public bool TryDecode(ReadOnlySpan<byte> descriptors, ReadOnlySpan<byte> keyframe, ReadOnlySpan<byte> buffer, int planeLength, Span<TelemetryFrame> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)planeLength, (uint)buffer.Length, nameof(planeLength));
        var n = destination.Length;
        if (n == 0)
        {
            return descriptors.Length == 0 && keyframe.Length == 0 && planeLength == 0;
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
        if (_avx512 && buffer.Length - planeLength < VectorPadding)
        {
            if (_padded.Length < planeLength + VectorPadding)
            {
                _padded = new byte[planeLength + VectorPadding];
            }

            buffer[..planeLength].CopyTo(_padded);
            buffer = _padded;
        }

        var bytes = MemoryMarshal.AsBytes(destination);
        Replicate(keyframe, bytes);
        var read = 0;
        var batched = 0;
        var weighed = false;
        for (var c = 0; c < columns.Length; c++)
        {
            var descriptor = descriptors[c];
            var planeCount = descriptor & 0xF;
            var predictor = (ColumnPredictor)((descriptor >> 4) & 0x7);
            if (planeCount == 0 && predictor is ColumnPredictor.XorPrevious or ColumnPredictor.DeltaPrevious)
            {
                continue; // constant: the keyframe's value is already in every frame
            }

            var timed = predictor >= ColumnPredictor.TimeLinear;
            if (timed && batched == TimeBatchColumns)
            {
                RebuildTimeBatch(batched, bytes, ref weighed);
                batched = 0;
            }

            var residuals = timed ? _batch.AsSpan(batched * n, n) : _values.AsSpan(0, n);
            var used = (descriptor & SparseFlag) != 0
                ? GatherSparse(buffer[read..], planeLength - read, planeCount, residuals)
                : GatherDense(buffer[read..], planeLength - read, planeCount, residuals);
            if (used < 0)
            {
                return false;
            }

            read += used;
            var column = columns[c];
            residuals[0] = Key(Load(keyframe, column.Offset, column.Width), column);
            if (timed)
            {
                _batchColumns[batched] = c;
                _batchKinds[batched++] = predictor == ColumnPredictor.TimeQuadratic;
                continue;
            }

            ref var field = ref Unsafe.Add(ref MemoryMarshal.GetReference(bytes), column.Offset);
            switch (column.Width, column.Kind)
            {
                case (4, ColumnKind.Integer): Rebuild<Int32Column>(predictor, residuals, ref field); break;
                case (4, _): Rebuild<Float32Column>(predictor, residuals, ref field); break;
                case (_, ColumnKind.Integer): Rebuild<Int64Column>(predictor, residuals, ref field); break;
                default: Rebuild<Float64Column>(predictor, residuals, ref field); break;
            }
        }

        if (batched > 0)
        {
            RebuildTimeBatch(batched, bytes, ref weighed);
        }

        return read == planeLength;
    }

    /// <summary>Copies the keyframe into every frame, doubling the copied run each time (a few large copies).</summary>
    private static void Replicate(ReadOnlySpan<byte> keyframe, Span<byte> frames)
    {
        keyframe.CopyTo(frames);
        var filled = keyframe.Length;
        while (filled < frames.Length)
        {
            var run = Math.Min(filled, frames.Length - filled);
            frames[..run].CopyTo(frames[filled..]);
            filled += run;
        }
    }

    /// <summary>Turns one column's residuals (index 0: the keyframe's key) into keys and stores them in frames 1 … N−1.</summary>
    private void Rebuild<T>(ColumnPredictor predictor, Span<ulong> residuals, ref byte field)
        where T : struct, IColumnType
    {
        if (_avx512)
        {
            RebuildLanes<T>(predictor, residuals, ref field);
            return;
        }

        var mask = T.Mask;
        var n = residuals.Length;
        ref var r = ref MemoryMarshal.GetReference(residuals);
        var p1 = r;
        switch (predictor)
        {
            case ColumnPredictor.XorPrevious:
                for (var i = 1; i < n; i++)
                {
                    p1 ^= Unsafe.Add(ref r, i);
                    T.Store(ref Unsafe.Add(ref field, i * Stride), p1);
                }

                return;
            case ColumnPredictor.DeltaPrevious:
                for (var i = 1; i < n; i++)
                {
                    p1 = (p1 + UnZigZag(Unsafe.Add(ref r, i))) & mask;
                    T.Store(ref Unsafe.Add(ref field, i * Stride), p1);
                }

                return;
            default:
                var p2 = p1;
                for (var i = 1; i < n; i++)
                {
                    var v = ((2 * p1) - p2 + UnZigZag(Unsafe.Add(ref r, i))) & mask;
                    T.Store(ref Unsafe.Add(ref field, i * Stride), v);
                    p2 = p1;
                    p1 = v;
                }

                return;
        }
    }

    /// <summary>
    /// Rebuilds the batched time-predicted columns and stores them. Each column is a chain of
    /// dependent floating-point steps, so they are rebuilt together, frame by frame: four columns of
    /// one width per 256-bit vector where AVX2 is available, else column after column within a frame.
    /// </summary>
    private void RebuildTimeBatch(int batched, Span<byte> frames, ref bool weighed)
    {
        var n = frames.Length / Stride;
        var weights = _weights.AsSpan(0, n);
        if (!weighed)
        {
            ComputeWeights(frames, weights); // the time column (id 1) is stored before any float column
            weighed = true;
        }

        if (_vectorized && Avx2.IsSupported)
        {
            RebuildTimeLanes(batched, n, weights, ref MemoryMarshal.GetReference(frames));
        }
        else
        {
            RebuildTimeScalar(batched, n, weights, frames);
        }
    }

    private void RebuildTimeScalar(int batched, int n, ReadOnlySpan<TimeWeights> weights, Span<byte> frames)
    {
        var columns = FrameColumns.All;
        ref var keys = ref MemoryMarshal.GetArrayDataReference(_batch);
        for (var i = 1; i < n; i++)
        {
            ref readonly var w = ref weights[i];
            for (var j = 0; j < batched; j++)
            {
                var column = columns[_batchColumns[j]];
                ref var k = ref Unsafe.Add(ref keys, (j * n) + i);
                var k1 = Unsafe.Subtract(ref k, 1);
                var k2 = i >= 2 ? Unsafe.Subtract(ref k, 2) : k1;
                var k3 = i >= 3 ? Unsafe.Subtract(ref k, 3) : k2;
                var mask = column.Width == 8 ? ulong.MaxValue : uint.MaxValue;
                k = (TimeKey(_batchKinds[j], column, w, k1, k2, k3) + UnZigZag(k)) & mask;
            }
        }

        ref var origin = ref MemoryMarshal.GetReference(frames);
        for (var j = 0; j < batched; j++)
        {
            var column = columns[_batchColumns[j]];
            ref var field = ref Unsafe.Add(ref origin, column.Offset);
            ref var k = ref Unsafe.Add(ref keys, j * n);
            if (column.Width == 8)
            {
                for (var i = 1; i < n; i++)
                {
                    Float64Column.Store(ref Unsafe.Add(ref field, i * Stride), Unsafe.Add(ref k, i));
                }
            }
            else
            {
                for (var i = 1; i < n; i++)
                {
                    Float32Column.Store(ref Unsafe.Add(ref field, i * Stride), Unsafe.Add(ref k, i));
                }
            }
        }
    }
}
