using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary>
/// <c>scs_value_t</c>: the SDK's tagged union, 48 bytes on x86 and x64. Every member of the union
/// starts at offset 8; a bool is the single byte there.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal unsafe struct ScsValue
{
    public const int SizeInBytes = 48;
    public const int UnionOffset = 8;

    [FieldOffset(0)] public ScsValueType type;
    [FieldOffset(4)] public uint _padding;
    [FieldOffset(UnionOffset)] public byte value_bool;
    [FieldOffset(UnionOffset)] public int value_s32;
    [FieldOffset(UnionOffset)] public uint value_u32;
    [FieldOffset(UnionOffset)] public ulong value_u64;
    [FieldOffset(UnionOffset)] public long value_s64;
    [FieldOffset(UnionOffset)] public float value_float;
    [FieldOffset(UnionOffset)] public double value_double;
    [FieldOffset(UnionOffset)] public ScsFVector value_fvector;
    [FieldOffset(UnionOffset)] public ScsDVector value_dvector;
    [FieldOffset(UnionOffset)] public ScsEuler value_euler;
    [FieldOffset(UnionOffset)] public ScsFPlacement value_fplacement;
    [FieldOffset(UnionOffset)] public ScsDPlacement value_dplacement;
    [FieldOffset(UnionOffset)] public byte* value_string;
}
