using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Mirror of <c>e2c_event_slot</c> (256 bytes): the slot's sequence, then the event.</summary>
[StructLayout(LayoutKind.Explicit, Size = LayoutConstants.EventSlotSize)]
internal struct EventSlot
{
    /// <summary><c>seq</c>: same protocol as <see cref="FrameSlot.Seq"/>.</summary>
    [FieldOffset(0)] public ulong Seq;

    /// <summary><c>event</c>.</summary>
    [FieldOffset(LayoutConstants.SlotPayloadOffset)] public TelemetryEvent Event;
}
