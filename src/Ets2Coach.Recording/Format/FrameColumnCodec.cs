using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
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
internal sealed partial class FrameColumnCodec
{
    private const int PredictorCount = 5;
    private const int SimulationTimeOffset = 8;
    private const int SparseFlag = 0x80;
    private readonly bool _vectorized;
    private readonly bool _avx512;
    private ulong[] _values = new ulong[64 + VectorPadding];
    private ulong[] _residuals = new ulong[64 * PredictorCount];
    private byte[] _lengths = new byte[64 + VectorPadding];
    private byte[] _expanded = new byte[(64 * 8) + VectorPadding];
    private ulong[] _batch = new ulong[(64 * TimeBatchColumns) + VectorPadding];
    private byte[] _padded = [];
    private TimeWeights[] _weights = new TimeWeights[64];

    /// <summary>Creates a codec.</summary>
    /// <param name="path">The instruction sets decoding may use (tests compare the paths).</param>
    public FrameColumnCodec(DecodePath path = DecodePath.Avx512)
    {
        _vectorized = path >= DecodePath.Avx2;
        _avx512 = path >= DecodePath.Avx512 && Avx512Vbmi2.IsSupported && Avx512BW.IsSupported;
    }

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

                if (bestCost == 0)
                {
                    break; // a constant column: nothing can cost less, and only a lower cost would replace it
                }
            }

            var chosen = _residuals.AsSpan(((int)best - 1) * n, n);
            descriptors[c] = (byte)((bestSparse ? SparseFlag : 0) | ((int)best << 4) | bestPlanes);
            written += bestSparse ? WriteSparse(chosen, bestPlanes, planes[written..]) : WriteDense(chosen, bestPlanes, planes[written..]);
        }

        return written;
    }

    private void EnsureCapacity(int frameCount)
    {
        if (_weights.Length < frameCount) // every scratch array is sized together; the others have padding
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)frameCount);
            _values = new ulong[size + VectorPadding];
            _residuals = new ulong[size * PredictorCount];
            _lengths = new byte[size + VectorPadding];
            _expanded = new byte[(size * 8) + VectorPadding];
            _batch = new ulong[(size * TimeBatchColumns) + VectorPadding];
            _weights = new TimeWeights[size];
        }
    }
}
