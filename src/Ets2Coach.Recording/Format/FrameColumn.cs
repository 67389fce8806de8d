namespace Ets2Coach.Recording.Format;

/// <summary>One 4- or 8-byte field of <see cref="Telemetry.TelemetryFrame"/> stored as a column.</summary>
/// <param name="Offset">Byte offset in the frame.</param>
/// <param name="Width">4 or 8 bytes.</param>
/// <param name="Kind">Integer or floating point.</param>
internal readonly record struct FrameColumn(int Offset, int Width, ColumnKind Kind);
