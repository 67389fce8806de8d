using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary><c>scs_telemetry_configuration_t</c>: 16 bytes on x64.</summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
internal unsafe struct ScsTelemetryConfiguration
{
    public const int SizeInBytes = 16;

    /// <summary>The configuration group, e.g. <c>truck</c>, <c>trailer.0</c>, <c>job</c>.</summary>
    [FieldOffset(0)] public byte* id;

    /// <summary>NULL-name-terminated attribute array, never NULL (an empty group is just the terminator).</summary>
    [FieldOffset(8)] public ScsNamedValue* attributes;
}
