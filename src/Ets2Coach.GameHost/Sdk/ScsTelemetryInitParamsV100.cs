using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary>
/// <c>scs_telemetry_init_params_v100_t</c> (also used for API 1.01): 64 bytes on x64. The callbacks
/// the plugin hands over are plain pointers here; the game side casts them when it calls them.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal unsafe struct ScsTelemetryInitParamsV100
{
    public const int SizeInBytes = 64;

    [FieldOffset(0)] public ScsSdkInitParamsV100 common;

    /// <summary><c>scs_result_t (scs_event_t event, scs_telemetry_event_callback_t callback, scs_context_t context)</c>.</summary>
    [FieldOffset(32)] public delegate* unmanaged<uint, void*, void*, int> register_for_event;

    /// <summary><c>scs_result_t (scs_event_t event)</c>.</summary>
    [FieldOffset(40)] public delegate* unmanaged<uint, int> unregister_from_event;

    /// <summary><c>scs_result_t (name, index, type, flags, callback, context)</c>.</summary>
    [FieldOffset(48)] public delegate* unmanaged<byte*, uint, uint, uint, void*, void*, int> register_for_channel;

    /// <summary><c>scs_result_t (name, index, type)</c>.</summary>
    [FieldOffset(56)] public delegate* unmanaged<byte*, uint, uint, int> unregister_from_channel;
}
