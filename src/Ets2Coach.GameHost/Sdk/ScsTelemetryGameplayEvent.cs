using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary><c>scs_telemetry_gameplay_event_t</c> (API 1.01): 16 bytes on x64.</summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal unsafe struct ScsTelemetryGameplayEvent
{
    public const int SizeInBytes = 16;

    /// <summary>The gameplay event id, e.g. <c>player.fined</c>.</summary>
    [FieldOffset(0)] public byte* id;

    /// <summary>NULL-name-terminated attribute array, never NULL.</summary>
    [FieldOffset(8)] public ScsNamedValue* attributes;
}
