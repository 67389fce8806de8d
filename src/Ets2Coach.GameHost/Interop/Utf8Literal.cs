using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Interop;

/// <summary>Pointers to NUL-terminated <c>u8</c> literals.</summary>
internal static unsafe class Utf8Literal
{
    /// <summary>
    /// The address of a <c>"...\0"u8</c> literal. Such literals live in the assembly image (RVA
    /// static data), which the GC never moves or frees, so the pointer stays valid for the life of
    /// the process: the attribute names cost nothing per frame.
    /// </summary>
    public static byte* Pointer(ReadOnlySpan<byte> nulTerminatedLiteral)
    {
        System.Diagnostics.Debug.Assert(nulTerminatedLiteral.Length > 0 && nulTerminatedLiteral[^1] == 0, "literal must end in \\0");
        return (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(nulTerminatedLiteral));
    }

    /// <summary>Decodes a NUL-terminated UTF-8 string (registration time only: it allocates).</summary>
    public static string? Decode(byte* text) => text is null ? null : Marshal.PtrToStringUTF8((nint)text);
}
