using System.Text;
using Ets2Coach.History.Storage;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History;

/// <summary>Listing and reading drives.</summary>
public sealed partial class DriveHistory
{
    /// <summary>One page of drives matching <paramref name="query"/>, newest first (by start, then id).</summary>
    /// <exception cref="ArgumentException">The query is invalid.</exception>
    /// <exception cref="DriveHistoryException">The database cannot be read.</exception>
    public IReadOnlyList<DriveSummary> ListDrives(DriveQuery? query = null)
    {
        query ??= new DriveQuery();
        if (query.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        return Guard(() =>
        {
            using var command = _connection.CreateCommand();
            var sql = new StringBuilder("SELECT ").Append(DriveRows.SummaryColumns).Append(" FROM drives");
            AppendFilter(sql, command, query);
            sql.Append(" ORDER BY started_unix_ms DESC, id DESC LIMIT $limit OFFSET $offset");
            command.Parameters.AddWithValue("$limit", query.Limit);
            command.Parameters.AddWithValue("$offset", query.Offset);
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            var drives = new List<DriveSummary>(Math.Min(query.Limit, 1024));
            while (reader.Read())
            {
                drives.Add(DriveRows.ReadSummary(reader, DatabasePath));
            }

            return (IReadOnlyList<DriveSummary>)drives;
        });
    }

    /// <summary>How many drives match <paramref name="query"/>'s filters (its page is ignored).</summary>
    /// <exception cref="DriveHistoryException">The database cannot be read.</exception>
    public long CountDrives(DriveQuery? query = null)
    {
        query ??= new DriveQuery();
        return Guard(() =>
        {
            using var command = _connection.CreateCommand();
            var sql = new StringBuilder("SELECT count(*) FROM drives");
            AppendFilter(sql, command, query);
            command.CommandText = sql.ToString();
            return (long)command.ExecuteScalar()!;
        });
    }

    /// <summary>Drive <paramref name="id"/> with its findings (in the order decided) and per-habit scores, or null when there is none.</summary>
    /// <exception cref="DriveHistoryException">The database cannot be read, or holds a value this version does not know.</exception>
    public DriveRecord? GetDrive(long id) => Guard(() =>
    {
        // One read transaction: the row, its habits and its findings come from the same snapshot.
        using var transaction = _connection.BeginTransaction(deferred: true);
        DriveSummary summary;
        double normalisationKm;
        using (var command = Sql.Command(_connection, transaction, "SELECT " + DriveRows.SummaryColumns + " FROM drives WHERE id = $id"))
        {
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            summary = DriveRows.ReadSummary(reader, DatabasePath);
            normalisationKm = DriveRows.ReadNormalisationKm(reader);
        }

        var habits = HabitScoreRows.Read(_connection, transaction, id, DatabasePath);
        var events = EventRows.Read(_connection, transaction, id, DatabasePath);
        transaction.Commit();
        return new DriveRecord
        {
            Id = summary.Id,
            StartedAt = summary.StartedAt,
            EndedAt = summary.EndedAt,
            GameId = summary.GameId,
            FrameRateHz = summary.FrameRateHz,
            FramesRead = summary.FramesRead,
            FramesLost = summary.FramesLost,
            FramesTorn = summary.FramesTorn,
            FilePath = summary.FilePath,
            Simulation = summary.Simulation,
            Scoring = new DriveScoring
            {
                DistanceKm = summary.DistanceKm,
                DurationSeconds = summary.DurationSeconds,
                NormalisationKm = normalisationKm,
                Overall = summary.Overall,
                Band = summary.Band,
                Habits = habits,
                Events = events,
                OptionsFingerprint = summary.OptionsFingerprint,
            },
        };
    });

    /// <summary>Every drive's id, file and overall score, oldest id first (what re-scoring walks through).</summary>
    internal IReadOnlyList<(long Id, string? FilePath, double Overall, int EventCount)> DriveFiles() => Guard(() =>
    {
        using var command = Sql.Command(_connection, null, "SELECT id, file_path, overall_score, event_count FROM drives ORDER BY id");
        using var reader = command.ExecuteReader();
        var drives = new List<(long, string?, double, int)>();
        while (reader.Read())
        {
            drives.Add((reader.GetInt64(0), Sql.StringOrNull(reader, 1), reader.GetDouble(2), reader.GetInt32(3)));
        }

        return (IReadOnlyList<(long Id, string? FilePath, double Overall, int EventCount)>)drives;
    });

    // Only fixed SQL text is appended; every value is a parameter.
    private static void AppendFilter(StringBuilder sql, SqliteCommand command, DriveQuery query)
    {
        var where = " WHERE ";
        if (query.GameId is { } game)
        {
            sql.Append(where).Append("game_id = $game");
            command.Parameters.AddWithValue("$game", game);
            where = " AND ";
        }

        if (query.StartedFrom is { } from)
        {
            sql.Append(where).Append("started_unix_ms >= $from");
            command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
            where = " AND ";
        }

        if (query.StartedBefore is { } before)
        {
            sql.Append(where).Append("started_unix_ms < $before");
            command.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
            where = " AND ";
        }

        if (query.Simulated is { } simulated)
        {
            sql.Append(where).Append("simulated = $simulated");
            command.Parameters.AddWithValue("$simulated", simulated ? 1 : 0);
        }
    }
}
