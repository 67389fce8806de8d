namespace Ets2Coach.Recording.Format;

/// <summary>Byte-plane layouts: dense (every residual in every kept plane) and sparse (length nibbles, then only the bytes each residual needs).</summary>
internal sealed partial class FrameColumnCodec
{
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
}
