namespace Ets2Coach.Recording.Format;

/// <summary>
/// The instruction sets <see cref="FrameColumnCodec"/> may decode with. Every path gives the same
/// frames bit for bit; tests compare them on the machine they run on. Each path falls back to the
/// next simpler one where the CPU lacks its instructions.
/// </summary>
internal enum DecodePath
{
    /// <summary>Plain scalar code (any CPU).</summary>
    Scalar,

    /// <summary>128-bit vectors, SSSE3 byte shuffles and AVX2 256-bit lanes.</summary>
    Avx2,

    /// <summary>As <see cref="Avx2"/>, plus AVX-512 VBMI2 byte expansion and 512-bit lanes: the default.</summary>
    Avx512,
}
