using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary>
/// <c>scs_named_value_t</c>: one attribute of a configuration or gameplay event, 64 bytes on x64
/// (the padding at 12 exists on x64 only). An array of them ends at the entry whose name is NULL.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal unsafe struct ScsNamedValue
{
    public const int SizeInBytes = 64;

    [FieldOffset(0)] public byte* name;
    [FieldOffset(8)] public uint index;
    [FieldOffset(12)] public uint _padding;
    [FieldOffset(16)] public ScsValue value;
}
