using Ets2Coach.Habits;
using Ets2Coach.Telemetry;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Storage;

/// <summary>The <c>habit_events</c> table: every finding of every drive, in the order it was decided.</summary>
internal static class EventRows
{
    private const string InsertSql = """
        INSERT INTO habit_events (drive_id, kind, severity, start_s, end_s, x_m, y_m, z_m, speed_mps, measured_value, threshold, unit, detail)
        VALUES ($drive, $kind, $severity, $start, $end, $x, $y, $z, $speed, $measured, $threshold, $unit, $detail)
        """;

    private const string SelectSql = """
        SELECT kind, severity, start_s, end_s, x_m, y_m, z_m, speed_mps, measured_value, threshold, unit, detail
        FROM habit_events WHERE drive_id = $drive ORDER BY id
        """;

    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long driveId, IReadOnlyList<HabitEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        // One prepared statement, its parameters rebound per finding.
        using var command = Sql.Command(connection, transaction, InsertSql);
        var p = command.Parameters;
        p.AddWithValue("$drive", driveId);
        var kind = p.Add("$kind", SqliteType.Text);
        var severity = p.Add("$severity", SqliteType.Text);
        var start = p.Add("$start", SqliteType.Real);
        var end = p.Add("$end", SqliteType.Real);
        var x = p.Add("$x", SqliteType.Real);
        var y = p.Add("$y", SqliteType.Real);
        var z = p.Add("$z", SqliteType.Real);
        var speed = p.Add("$speed", SqliteType.Real);
        var measured = p.Add("$measured", SqliteType.Real);
        var threshold = p.Add("$threshold", SqliteType.Real);
        var unit = p.Add("$unit", SqliteType.Text);
        var detail = p.Add("$detail", SqliteType.Text);
        command.Prepare();
        foreach (var e in events)
        {
            kind.Value = EnumText<HabitKind>.Name(e.Kind);
            severity.Value = EnumText<Severity>.Name(e.Severity);
            start.Value = e.StartSeconds;
            end.Value = e.EndSeconds;
            x.Value = Sql.Real(e.Position.XMetres);
            y.Value = Sql.Real(e.Position.YMetres);
            z.Value = Sql.Real(e.Position.ZMetres);
            speed.Value = Sql.Real(e.SpeedMps);
            measured.Value = Sql.Real(e.MeasuredValue);
            threshold.Value = Sql.Real(e.Threshold);
            unit.Value = e.Unit;
            detail.Value = e.Detail;
            command.ExecuteNonQuery();
        }
    }

    public static List<HabitEvent> Read(SqliteConnection connection, SqliteTransaction? transaction, long driveId, string path)
    {
        using var command = Sql.Command(connection, transaction, SelectSql);
        command.Parameters.AddWithValue("$drive", driveId);
        using var r = command.ExecuteReader();
        var events = new List<HabitEvent>();
        while (r.Read())
        {
            var kindText = r.GetString(0);
            var severityText = r.GetString(1);
            if (!EnumText<HabitKind>.TryParse(kindText, out var kind))
            {
                throw DriveRows.Unknown(path, driveId, "finding kind", kindText);
            }

            if (!EnumText<Severity>.TryParse(severityText, out var severity))
            {
                throw DriveRows.Unknown(path, driveId, "severity", severityText);
            }

            events.Add(new HabitEvent
            {
                Kind = kind,
                Severity = severity,
                StartSeconds = r.GetDouble(2),
                EndSeconds = r.GetDouble(3),
                Position = new WorldPosition(Sql.DoubleOrNaN(r, 4), Sql.DoubleOrNaN(r, 5), Sql.DoubleOrNaN(r, 6)),
                SpeedMps = (float)Sql.DoubleOrNaN(r, 7),
                MeasuredValue = Sql.DoubleOrNaN(r, 8),
                Threshold = Sql.DoubleOrNaN(r, 9),
                Unit = r.GetString(10),
                Detail = r.GetString(11),
            });
        }

        return events;
    }
}
