using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Storage;

/// <summary>Turns SQLite's errors into one-line <see cref="DriveHistoryException"/>s a user can act on.</summary>
internal static class SqliteErrors
{
    // Primary result codes (https://www.sqlite.org/rescode.html).
    private const int Perm = 3;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoErr = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADb = 26;

    public static DriveHistoryException From(SqliteException ex, string path)
    {
        var sqlite = ex.Message.ReplaceLineEndings(" ");
        return (ex.SqliteErrorCode & 0xFF) switch
        {
            Corrupt or NotADb => new DriveHistoryException(HistoryErrorKind.Corrupt,
                $"{path} is damaged or is not a database ({sqlite}): move it aside and Ets2Coach starts a new history; your drive files are not affected.", ex),
            Busy or Locked => new DriveHistoryException(HistoryErrorKind.Busy,
                $"{path} is locked by another program ({sqlite}): close other Ets2Coach windows and try again.", ex),
            Perm or ReadOnly or CantOpen or IoErr or Full => new DriveHistoryException(HistoryErrorKind.Unreadable,
                $"Cannot use {path}: {sqlite}", ex),
            _ => new DriveHistoryException(HistoryErrorKind.Unreadable, $"Cannot use {path}: {sqlite}", ex),
        };
    }

    public static DriveHistoryException From(Exception ex, string path) =>
        new(HistoryErrorKind.Unreadable, $"Cannot use {path}: {ex.Message.ReplaceLineEndings(" ")}", ex);
}
