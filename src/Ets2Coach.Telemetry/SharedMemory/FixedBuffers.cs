using System.Runtime.CompilerServices;

namespace Ets2Coach.Telemetry.SharedMemory;

// Fixed-size fields of the C layout (char[N] and arrays). Inline arrays keep the mirrors blittable
// and give them exactly the C sizes; the pinning tests compare those sizes with the doc.

/// <summary><c>char[16]</c>, UTF-8, NUL-terminated.</summary>
[InlineArray(16)]
internal struct Utf8Text16
{
    private byte _element0;
}

/// <summary><c>char[32]</c>, UTF-8, NUL-terminated.</summary>
[InlineArray(32)]
internal struct Utf8Text32
{
    private byte _element0;
}

/// <summary><c>char[48]</c>, UTF-8, NUL-terminated.</summary>
[InlineArray(48)]
internal struct Utf8Text48
{
    private byte _element0;
}

/// <summary><c>char[64]</c>, UTF-8, NUL-terminated.</summary>
[InlineArray(64)]
internal struct Utf8Text64
{
    private byte _element0;
}

/// <summary><c>uint64_t generations[16]</c> of <c>e2c_config</c>.</summary>
[InlineArray(LayoutConstants.ConfigGenerationCount)]
internal struct ConfigGenerations
{
    private ulong _element0;
}

/// <summary><c>e2c_config_trailer trailers[10]</c> of <c>e2c_config</c>.</summary>
[InlineArray(LayoutConstants.TrailerCount)]
internal struct ConfigTrailers
{
    private ConfigTrailer _element0;
}
