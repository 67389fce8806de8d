namespace Ets2Coach.Recording.Reading;

/// <summary>Why part of a drive file could not be used.</summary>
public enum DamageKind
{
    /// <summary>A record's CRC-32 does not match its bytes (bit rot, a bad sector, an edited file).</summary>
    CrcMismatch,

    /// <summary>The file ends inside a record: the recording was cut off (crash, power cut, full disk).</summary>
    Truncated,

    /// <summary>A record declares a length no valid record has.</summary>
    BadLength,

    /// <summary>Bytes that do not start a record (overwritten or inserted data).</summary>
    Unrecognised,

    /// <summary>A record with a valid CRC whose contents break the format or its limits.</summary>
    Invalid,

    /// <summary>Chunks are missing although the bytes around them are intact (cut out of the file).</summary>
    Missing,

    /// <summary>The header record is damaged or missing; chunks are still read.</summary>
    Header,
}
