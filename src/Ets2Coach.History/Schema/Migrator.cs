using System.Globalization;
using Ets2Coach.History.Storage;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Schema;

/// <summary>
/// Brings a database to the latest schema version (<c>PRAGMA user_version</c>). Each step runs in
/// its own write transaction (BEGIN IMMEDIATE) that re-reads the version first and sets the new
/// version last: a crash mid-step leaves the previous version intact, and two processes opening the
/// same old database migrate it once between them.
/// </summary>
internal static class Migrator
{
    /// <summary>
    /// Reads the schema version and checks the file is a drive history this build can read, without
    /// writing anything: a file that is not ours is refused before it is touched.
    /// </summary>
    /// <returns>The schema version (0 for a new, empty database).</returns>
    /// <exception cref="DriveHistoryException">The database is not a drive history, or a newer one.</exception>
    public static int Inspect(SqliteConnection connection, IReadOnlyList<Migration> migrations, string fileName)
    {
        var latest = migrations[^1].Version;
        var applicationId = Sql.Scalar(connection, null, "PRAGMA application_id");
        var version = (int)Sql.Scalar(connection, null, "PRAGMA user_version");
        var objects = Sql.Scalar(connection, null, "SELECT count(*) FROM sqlite_schema");
        var ours = applicationId == HistorySchema.ApplicationId || (applicationId == 0 && version == 0 && objects == 0);
        if (!ours)
        {
            throw new DriveHistoryException(HistoryErrorKind.NotAHistory,
                $"{fileName} is an SQLite database but not an Ets2Coach drive history: choose another file with --db, or move it aside.");
        }

        if (version > latest)
        {
            throw new DriveHistoryException(HistoryErrorKind.NewerSchema,
                $"{fileName} was written by a newer Ets2Coach (history schema {version}; this version reads up to {latest}): update Ets2Coach.");
        }

        return version;
    }

    /// <summary>Migrates <paramref name="connection"/>'s database with <paramref name="migrations"/>.</summary>
    /// <returns>The version the database had before.</returns>
    /// <exception cref="DriveHistoryException">The database is not a drive history, or a newer one.</exception>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<Migration> migrations, string fileName)
    {
        var version = Inspect(connection, migrations, fileName);
        foreach (var migration in migrations)
        {
            if (migration.Version <= version)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var current = (int)Sql.Scalar(connection, transaction, "PRAGMA user_version");
            if (current >= migration.Version)
            {
                continue; // another process got here first; disposing rolls back the empty transaction
            }

            migration.Apply(connection, transaction);
            Sql.Execute(connection, transaction, "PRAGMA user_version = " + migration.Version.ToString(CultureInfo.InvariantCulture));
            transaction.Commit();
        }

        return version;
    }
}
