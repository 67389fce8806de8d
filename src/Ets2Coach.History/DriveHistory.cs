using System.Diagnostics.CodeAnalysis;
using Ets2Coach.History.Schema;
using Ets2Coach.History.Storage;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History;

/// <summary>
/// The drive history: an SQLite database (<c>history.db</c> in the <see cref="DataFolder"/>) with one
/// row per drive, its findings and its per-habit scores. Opening creates the database or migrates an
/// older one; the database runs in WAL mode (readers never wait for the writer) with foreign keys on,
/// and every value goes in as a parameter.
/// </summary>
/// <remarks>
/// Synchronous: SQLite works on a local file and every call is short. Not thread-safe: use one
/// instance from one thread at a time (several processes may open the same file). Every call reports
/// a damaged, locked or unreadable database as a <see cref="DriveHistoryException"/> with a one-line
/// message, never as an SQLite exception. Commits are durable against a crash of the program; after
/// a power cut the last commits may be lost (WAL with <c>synchronous = NORMAL</c>), never the database.
/// </remarks>
public sealed partial class DriveHistory : IDisposable
{
    private const int BusyTimeoutSeconds = 5;
    private readonly SqliteConnection _connection;
    private bool _disposed;

    private DriveHistory(SqliteConnection connection, string databasePath, int openedAtVersion)
    {
        _connection = connection;
        DatabasePath = databasePath;
        OpenedAtVersion = openedAtVersion;
    }

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentSchemaVersion => HistorySchema.LatestVersion;

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The schema version the file had when it was opened (0 for a new database).</summary>
    public int OpenedAtVersion { get; }

    /// <summary>Opens (creating or migrating) the history at <paramref name="path"/>; its folder is created when missing.</summary>
    /// <exception cref="DriveHistoryException">The database is damaged, newer, not a history, locked or cannot be opened.</exception>
    public static DriveHistory Open(string path) => Open(path, HistorySchema.Migrations);

    /// <summary>Opens (creating or migrating) the history at <paramref name="path"/>.</summary>
    /// <returns>False with the reason when it cannot be used.</returns>
    public static bool TryOpen(string path, [NotNullWhen(true)] out DriveHistory? history, [NotNullWhen(false)] out DriveHistoryException? error)
    {
        try
        {
            history = Open(path);
            error = null;
            return true;
        }
        catch (DriveHistoryException ex)
        {
            history = null;
            error = ex;
            return false;
        }
    }

    /// <summary>Test seam: opens with a given list of migrations.</summary>
    internal static DriveHistory Open(string path, IReadOnlyList<Migration> migrations)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full;
        try
        {
            full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new DriveHistoryException(HistoryErrorKind.Unreadable, $"Cannot use {full}: it is a folder, not a database file.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw SqliteErrors.From(ex, path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false, // one connection per history, closed (and the file released) on Dispose
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString());
        try
        {
            connection.Open();

            // Read-only checks first (a file that is not a database fails on its header here; another
            // program's database or a newer history is refused), so a refused file is never written to.
            Migrator.Inspect(connection, migrations, full);
            Sql.Execute(connection, null, "PRAGMA journal_mode = WAL");
            Sql.Execute(connection, null, "PRAGMA synchronous = NORMAL");
            var before = Migrator.Migrate(connection, migrations, full);
            return new DriveHistory(connection, full, before);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw SqliteErrors.From(ex, full);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the database (checkpointing the write-ahead log into it).</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _connection.Dispose();
        }
    }

    private T Guard<T>(Func<T> action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.From(ex, DatabasePath);
        }
    }
}
