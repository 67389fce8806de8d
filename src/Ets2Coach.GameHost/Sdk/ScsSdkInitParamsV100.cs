using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary><c>scs_sdk_init_params_v100_t</c>, the <c>common</c> part of the init parameters: 32 bytes on x64.</summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal unsafe struct ScsSdkInitParamsV100
{
    public const int SizeInBytes = 32;

    /// <summary>UTF-8 display name, never NULL.</summary>
    [FieldOffset(0)] public byte* game_name;

    /// <summary><c>eut2</c> or <c>ats</c>, never NULL.</summary>
    [FieldOffset(8)] public byte* game_id;

    /// <summary>The game's telemetry schema version (not the patch number).</summary>
    [FieldOffset(16)] public uint game_version;

    [FieldOffset(20)] public uint _padding;

    /// <summary><c>void log(scs_log_type_t type, scs_string_t message)</c>.</summary>
    [FieldOffset(24)] public delegate* unmanaged<int, byte*, void> log;
}
