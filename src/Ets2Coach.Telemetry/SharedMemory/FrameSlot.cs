using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Mirror of <c>e2c_frame_slot</c> (320 bytes): the slot's sequence, then the frame.</summary>
[StructLayout(LayoutKind.Explicit, Size = LayoutConstants.FrameSlotSize)]
internal struct FrameSlot
{
    /// <summary><c>seq</c>: 2n = frame n complete, 2n + 1 = frame n being written, 0 = never written.</summary>
    [FieldOffset(0)] public ulong Seq;

    /// <summary><c>frame</c>.</summary>
    [FieldOffset(LayoutConstants.SlotPayloadOffset)] public TelemetryFrame Frame;
}
