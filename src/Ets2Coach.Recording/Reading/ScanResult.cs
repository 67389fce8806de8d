namespace Ets2Coach.Recording.Reading;

/// <summary>What <see cref="RecordScanner.Next"/> found.</summary>
internal enum ScanResult
{
    /// <summary>A record whose CRC matches.</summary>
    Record,

    /// <summary>A stretch of bytes that holds no valid record.</summary>
    Damage,

    /// <summary>The end of the file.</summary>
    End,
}
