using Ets2Coach.Habits;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Storage;

/// <summary>The <c>drives</c> table: one row per drive with its scoring summary.</summary>
internal static class DriveRows
{
    /// <summary>The columns <see cref="ReadSummary"/> reads, in its ordinal order.</summary>
    public const string SummaryColumns =
        "id, started_unix_ms, ended_unix_ms, game_id, distance_km, duration_s, frame_rate_hz, frames_read, frames_lost, frames_torn, "
        + "overall_score, band, info_count, minor_count, serious_count, dangerous_count, event_count, file_path, simulated, sim_profile, sim_seed, "
        + "options_fingerprint, normalisation_km";

    private const string InsertSql = """
        INSERT INTO drives (started_unix_ms, ended_unix_ms, game_id, frame_rate_hz, frames_read, frames_lost, frames_torn,
                            file_path, simulated, sim_profile, sim_seed,
                            distance_km, duration_s, normalisation_km, overall_score, band,
                            info_count, minor_count, serious_count, dangerous_count, event_count, options_fingerprint)
        VALUES ($started, $ended, $game, $rate, $read, $lost, $torn, $file, $simulated, $profile, $seed,
                $distance, $duration, $normalisation, $overall, $band, $info, $minor, $serious, $dangerous, $events, $fingerprint)
        RETURNING id
        """;

    private const string UpdateScoringSql = """
        UPDATE drives SET distance_km = $distance, duration_s = $duration, normalisation_km = $normalisation,
                          overall_score = $overall, band = $band, info_count = $info, minor_count = $minor,
                          serious_count = $serious, dangerous_count = $dangerous, event_count = $events,
                          options_fingerprint = $fingerprint
        WHERE id = $id
        """;

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, DriveRecord drive)
    {
        using var command = Sql.Command(connection, transaction, InsertSql);
        var p = command.Parameters;
        p.AddWithValue("$started", drive.StartedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("$ended", drive.EndedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("$game", drive.GameId);
        p.AddWithValue("$rate", drive.FrameRateHz);
        p.AddWithValue("$read", drive.FramesRead);
        p.AddWithValue("$lost", drive.FramesLost);
        p.AddWithValue("$torn", drive.FramesTorn);
        p.AddWithValue("$file", (object?)drive.FilePath ?? DBNull.Value);
        p.AddWithValue("$simulated", drive.IsSimulated ? 1 : 0);
        p.AddWithValue("$profile", (object?)drive.Simulation?.Profile ?? DBNull.Value);
        p.AddWithValue("$seed", (object?)drive.Simulation?.Seed ?? DBNull.Value);
        BindScoring(command, drive.Scoring);
        return (long)command.ExecuteScalar()!;
    }

    /// <returns>False when no drive has <paramref name="id"/>.</returns>
    public static bool UpdateScoring(SqliteConnection connection, SqliteTransaction transaction, long id, DriveScoring scoring)
    {
        using var command = Sql.Command(connection, transaction, UpdateScoringSql);
        command.Parameters.AddWithValue("$id", id);
        BindScoring(command, scoring);
        return command.ExecuteNonQuery() == 1;
    }

    public static DriveSummary ReadSummary(SqliteDataReader r, string path)
    {
        var id = r.GetInt64(0);
        var bandText = r.GetString(11);
        if (!EnumText<RiskBand>.TryParse(bandText, out var band))
        {
            throw Unknown(path, id, "risk band", bandText);
        }

        var profile = Sql.StringOrNull(r, 19);
        return new DriveSummary
        {
            Id = id,
            StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
            EndedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)),
            GameId = r.GetString(3),
            DistanceKm = r.GetDouble(4),
            DurationSeconds = r.GetDouble(5),
            FrameRateHz = r.GetDouble(6),
            FramesRead = r.GetInt64(7),
            FramesLost = r.GetInt64(8),
            FramesTorn = r.GetInt64(9),
            Overall = r.GetDouble(10),
            Band = band,
            InfoCount = r.GetInt32(12),
            MinorCount = r.GetInt32(13),
            SeriousCount = r.GetInt32(14),
            DangerousCount = r.GetInt32(15),
            EventCount = r.GetInt32(16),
            FilePath = Sql.StringOrNull(r, 17),
            Simulation = r.GetInt64(18) != 0 ? new SimulationInfo(profile ?? "", (int)(Sql.Int64OrNull(r, 20) ?? 0)) : null,
            OptionsFingerprint = Sql.StringOrNull(r, 21),
        };
    }

    /// <summary>The normalisation distance of the row read by <see cref="ReadSummary"/>.</summary>
    public static double ReadNormalisationKm(SqliteDataReader r) => r.GetDouble(22);

    public static DriveHistoryException Unknown(string path, long driveId, string what, string text) =>
        new(HistoryErrorKind.UnknownValue, $"{path}: drive {driveId} has a {what} '{text}' this version of Ets2Coach does not know: update Ets2Coach.");

    private static void BindScoring(SqliteCommand command, DriveScoring s)
    {
        var p = command.Parameters;
        p.AddWithValue("$distance", s.DistanceKm);
        p.AddWithValue("$duration", s.DurationSeconds);
        p.AddWithValue("$normalisation", s.NormalisationKm);
        p.AddWithValue("$overall", s.Overall);
        p.AddWithValue("$band", EnumText<RiskBand>.Name(s.Band));
        p.AddWithValue("$info", s.CountOf(Severity.Info));
        p.AddWithValue("$minor", s.CountOf(Severity.Minor));
        p.AddWithValue("$serious", s.CountOf(Severity.Serious));
        p.AddWithValue("$dangerous", s.CountOf(Severity.Dangerous));
        p.AddWithValue("$events", s.Events.Count);
        p.AddWithValue("$fingerprint", (object?)s.OptionsFingerprint ?? DBNull.Value);
    }
}
