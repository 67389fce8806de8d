namespace Ets2Coach.History;

/// <summary>
/// The drive history cannot be used: the database is damaged, newer, not ours, locked or unreadable.
/// <see cref="Exception.Message"/> is one line a user can act on.
/// </summary>
public sealed class DriveHistoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DriveHistoryException(HistoryErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Creates the exception with the SQLite error behind it.</summary>
    public DriveHistoryException(HistoryErrorKind kind, string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an <see cref="HistoryErrorKind.Unreadable"/> error.</summary>
    public DriveHistoryException()
        : this(HistoryErrorKind.Unreadable, "The drive history cannot be used.")
    {
    }

    /// <summary>Creates an <see cref="HistoryErrorKind.Unreadable"/> error.</summary>
    public DriveHistoryException(string message)
        : this(HistoryErrorKind.Unreadable, message)
    {
    }

    /// <summary>Creates an <see cref="HistoryErrorKind.Unreadable"/> error.</summary>
    public DriveHistoryException(string message, Exception innerException)
        : this(HistoryErrorKind.Unreadable, message, innerException)
    {
    }

    /// <summary>Why the history cannot be used.</summary>
    public HistoryErrorKind Kind { get; }
}
