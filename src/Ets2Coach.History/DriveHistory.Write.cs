using Ets2Coach.History.Storage;

namespace Ets2Coach.History;

/// <summary>Adding, re-scoring and deleting drives.</summary>
public sealed partial class DriveHistory
{
    private static ReadOnlySpan<byte> DriveFileSignature => "E2CD"u8;

    /// <summary>Stores <paramref name="drive"/> (its <see cref="DriveRecord.Id"/> is ignored) with its findings and habit scores, in one transaction.</summary>
    /// <returns>The new drive's id.</returns>
    /// <exception cref="ArgumentException">The record is incomplete (a bug in the caller).</exception>
    /// <exception cref="DriveHistoryException">The database cannot be written.</exception>
    public long AddDrive(DriveRecord drive)
    {
        ArgumentNullException.ThrowIfNull(drive);
        if (DriveValidation.Check(drive) is { } problem)
        {
            throw new ArgumentException(problem, nameof(drive));
        }

        return Guard(() =>
        {
            using var transaction = _connection.BeginTransaction();
            var id = DriveRows.Insert(_connection, transaction, drive);
            HabitScoreRows.Insert(_connection, transaction, id, drive.Scoring.Habits);
            EventRows.Insert(_connection, transaction, id, drive.Scoring.Events);
            transaction.Commit();
            return id;
        });
    }

    /// <summary>Replaces drive <paramref name="id"/>'s findings and scores with <paramref name="scoring"/>, in one transaction.</summary>
    /// <returns>False when no drive has that id.</returns>
    /// <exception cref="ArgumentException">The scoring is incomplete (a bug in the caller).</exception>
    /// <exception cref="DriveHistoryException">The database cannot be written.</exception>
    public bool ReplaceScores(long id, DriveScoring scoring)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        if (DriveValidation.Check(scoring) is { } problem)
        {
            throw new ArgumentException(problem, nameof(scoring));
        }

        return Guard(() =>
        {
            using var transaction = _connection.BeginTransaction();
            if (!DriveRows.UpdateScoring(_connection, transaction, id, scoring))
            {
                return false;
            }

            Sql.Execute(_connection, transaction, "DELETE FROM habit_scores WHERE drive_id = $id", ("$id", id));
            Sql.Execute(_connection, transaction, "DELETE FROM habit_events WHERE drive_id = $id", ("$id", id));
            HabitScoreRows.Insert(_connection, transaction, id, scoring.Habits);
            EventRows.Insert(_connection, transaction, id, scoring.Events);
            transaction.Commit();
            return true;
        });
    }

    /// <summary>
    /// Deletes drive <paramref name="id"/> with its findings and scores; with <paramref name="deleteFile"/>
    /// also its drive file, after the database row is gone, and only when the file is a drive file.
    /// A file that cannot be deleted is reported in <see cref="DriveDeletion.FileProblem"/>.
    /// </summary>
    /// <exception cref="DriveHistoryException">The database cannot be written.</exception>
    public DriveDeletion DeleteDrive(long id, bool deleteFile)
    {
        var (found, file) = Guard(() =>
        {
            using var transaction = _connection.BeginTransaction();
            using var select = Sql.Command(_connection, transaction, "SELECT file_path FROM drives WHERE id = $id");
            select.Parameters.AddWithValue("$id", id);
            using var reader = select.ExecuteReader();
            if (!reader.Read())
            {
                return (false, (string?)null);
            }

            var path = Sql.StringOrNull(reader, 0);
            reader.Close();
            Sql.Execute(_connection, transaction, "DELETE FROM drives WHERE id = $id", ("$id", id));
            transaction.Commit();
            return (true, path);
        });

        if (!found)
        {
            return new DriveDeletion(false, null, false, null);
        }

        if (!deleteFile || file is null)
        {
            return new DriveDeletion(true, file, false, null);
        }

        var deleted = TryDeleteDriveFile(file, out var fileProblem);
        return new DriveDeletion(true, file, deleted, fileProblem);
    }

    private static bool TryDeleteDriveFile(string path, out string? problem)
    {
        try
        {
            if (!File.Exists(path))
            {
                problem = $"The drive file {path} was already gone.";
                return false;
            }

            // The path came from the database: delete only what is recognisably a drive file.
            Span<byte> head = stackalloc byte[4];
            int read;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            if (read < head.Length || !head.SequenceEqual(DriveFileSignature))
            {
                problem = $"{path} is not an Ets2Coach drive file, so it was kept.";
                return false;
            }

            File.Delete(path);
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = $"Could not delete the drive file {path}: {ex.Message.ReplaceLineEndings(" ")}";
            return false;
        }
    }
}
