namespace Ets2Coach.History;

/// <summary>Why a drive history could not be used.</summary>
public enum HistoryErrorKind
{
    /// <summary>The file or its folder cannot be opened, read or written (permissions, disk full, I/O error).</summary>
    Unreadable = 0,

    /// <summary>The file is damaged or is not an SQLite database at all.</summary>
    Corrupt = 1,

    /// <summary>The file is an SQLite database, but not an Ets2Coach drive history.</summary>
    NotAHistory = 2,

    /// <summary>A newer Ets2Coach wrote the database (its schema version is newer than this one knows).</summary>
    NewerSchema = 3,

    /// <summary>Another program holds the database locked for longer than the busy timeout.</summary>
    Busy = 4,

    /// <summary>A stored value is not one this version knows (e.g. a finding kind added by a newer Ets2Coach).</summary>
    UnknownValue = 5,
}
