namespace Ets2Coach.Recording.Format;

/// <summary>The uncompressed part of a chunk body: what the chunk covers, readable without decoding frames.</summary>
internal readonly record struct ChunkSummary(
    uint Index,
    long DriveStartUs,
    long DriveEndUs,
    int FrameCount,
    ulong FirstFrameNumber,
    ulong LastFrameNumber,
    int EventCount,
    int ConfigurationCount);
