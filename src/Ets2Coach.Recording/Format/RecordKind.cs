namespace Ets2Coach.Recording.Format;

/// <summary>What a framed record holds (byte 4 of the record prefix).</summary>
internal enum RecordKind : byte
{
    /// <summary>The file header (first record).</summary>
    Header = 1,

    /// <summary>About one second of frames, events and configuration changes.</summary>
    Chunk = 2,
}
