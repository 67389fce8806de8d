namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// The validated geometry of one writer generation, copied out of the shared header so the hot
/// path never re-reads (and never trusts) the shared copy. Every offset and every
/// <c>offset + capacity × slot size</c> is known to lie inside the mapped length.
/// </summary>
/// <param name="FramesOffset">Offset of frame slot 0.</param>
/// <param name="FrameCapacity">Frame slots, a power of two.</param>
/// <param name="EventsOffset">Offset of event slot 0.</param>
/// <param name="EventCapacity">Event slots, a power of two.</param>
/// <param name="ConfigOffset">Offset of the configuration block.</param>
/// <param name="TotalSize">Bytes of the whole block (≤ the mapped length).</param>
/// <param name="State">The writer's state when validated.</param>
/// <param name="WriterGeneration">The writer generation when validated.</param>
internal readonly record struct BlockGeometry(
    long FramesOffset,
    int FrameCapacity,
    long EventsOffset,
    int EventCapacity,
    long ConfigOffset,
    long TotalSize,
    WriterState State,
    ulong WriterGeneration);
