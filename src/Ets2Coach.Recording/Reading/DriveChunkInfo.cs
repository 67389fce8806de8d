namespace Ets2Coach.Recording.Reading;

/// <summary>One intact chunk of a drive file, as listed by <see cref="DriveFileInspector"/>.</summary>
/// <param name="Index">0, 1, 2, … as written.</param>
/// <param name="Offset">Byte offset of its record.</param>
/// <param name="LengthBytes">Record length including the 16-byte prefix.</param>
/// <param name="StartSeconds">Drive time of its first frame, seconds from the first frame of the recording.</param>
/// <param name="EndSeconds">Drive time of its last frame.</param>
/// <param name="FrameCount">Frames it holds.</param>
/// <param name="FirstFrameNumber">Frame number of its first frame (0 when it has none).</param>
/// <param name="LastFrameNumber">Frame number of its last frame.</param>
/// <param name="EventCount">Events it holds.</param>
/// <param name="ConfigurationCount">Configuration changes it holds.</param>
public sealed record DriveChunkInfo(
    uint Index,
    long Offset,
    long LengthBytes,
    double StartSeconds,
    double EndSeconds,
    int FrameCount,
    ulong FirstFrameNumber,
    ulong LastFrameNumber,
    int EventCount,
    int ConfigurationCount);
