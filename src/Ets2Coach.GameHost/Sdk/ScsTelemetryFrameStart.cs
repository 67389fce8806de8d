using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary><c>scs_telemetry_frame_start_t</c>: 32 bytes on x86 and x64; times in microseconds.</summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal struct ScsTelemetryFrameStart
{
    public const int SizeInBytes = 32;

    [FieldOffset(0)] public uint flags;
    [FieldOffset(4)] public uint _padding;
    [FieldOffset(8)] public ulong render_time;
    [FieldOffset(16)] public ulong simulation_time;
    [FieldOffset(24)] public ulong paused_simulation_time;
}
