using Ets2Coach.Habits;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Storage;

/// <summary>The <c>habit_scores</c> table: each drive's score and points per habit.</summary>
internal static class HabitScoreRows
{
    private const string InsertSql = """
        INSERT INTO habit_scores (drive_id, category, findings, points, points_per_100km, score, weight_percent)
        VALUES ($drive, $category, $findings, $points, $per100, $score, $weight)
        """;

    private const string SelectSql = """
        SELECT category, findings, points, points_per_100km, score, weight_percent
        FROM habit_scores WHERE drive_id = $drive
        """;

    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long driveId, IReadOnlyList<HabitScore> habits)
    {
        using var command = Sql.Command(connection, transaction, InsertSql);
        var p = command.Parameters;
        p.AddWithValue("$drive", driveId);
        var category = p.Add("$category", SqliteType.Text);
        var findings = p.Add("$findings", SqliteType.Integer);
        var points = p.Add("$points", SqliteType.Integer);
        var per100 = p.Add("$per100", SqliteType.Real);
        var score = p.Add("$score", SqliteType.Real);
        var weight = p.Add("$weight", SqliteType.Real);
        command.Prepare();
        foreach (var h in habits)
        {
            category.Value = EnumText<HabitCategory>.Name(h.Category);
            findings.Value = h.Findings;
            points.Value = h.Points;
            per100.Value = h.PointsPer100Km;
            score.Value = h.Score;
            weight.Value = h.WeightPercent;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The drive's habits in <see cref="HabitCategory"/> order.</summary>
    public static List<HabitScore> Read(SqliteConnection connection, SqliteTransaction? transaction, long driveId, string path)
    {
        using var command = Sql.Command(connection, transaction, SelectSql);
        command.Parameters.AddWithValue("$drive", driveId);
        using var r = command.ExecuteReader();
        var habits = new List<HabitScore>(Enum.GetValues<HabitCategory>().Length);
        while (r.Read())
        {
            var text = r.GetString(0);
            if (!EnumText<HabitCategory>.TryParse(text, out var category))
            {
                throw DriveRows.Unknown(path, driveId, "habit", text);
            }

            habits.Add(new HabitScore(category, r.GetInt32(1), r.GetInt32(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5)));
        }

        habits.Sort(static (a, b) => a.Category.CompareTo(b.Category));
        return habits;
    }
}
