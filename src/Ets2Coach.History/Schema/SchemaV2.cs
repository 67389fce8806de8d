using Ets2Coach.History.Storage;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Schema;

/// <summary>
/// Schema version 2: per-habit points and the options fingerprint. Version 1 kept only each habit's
/// 0–100 score, so the points behind it (what "fix first" ranks by, and what adds up across drives)
/// were lost, and nothing said which thresholds had produced a score, so re-scoring could not tell
/// stale drives from current ones and two drives' scores could not be known to compare.
/// </summary>
/// <remarks>
/// Drives from version 1 are carried over exactly where the data allows: their findings, scores and
/// counts are kept; each habit's findings and points are recounted from its stored findings with the
/// points ladder and kind → habit mapping of version 1 (frozen here); the normalisation distance and
/// weights are those version 1 always used (max(distance, 50 km), 25/20/15/15/10/10/5). Their
/// fingerprint stays NULL — unknown — until they are re-scored.
/// </remarks>
internal static class SchemaV2
{
    public static Migration Migration { get; } = new(2, "per-habit points table and options fingerprint", Apply);

    private const string AddColumns = """
        ALTER TABLE drives ADD COLUMN normalisation_km REAL NOT NULL DEFAULT 0;
        ALTER TABLE drives ADD COLUMN options_fingerprint TEXT;
        CREATE TABLE habit_scores (
            drive_id INTEGER NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            findings INTEGER NOT NULL,
            points INTEGER NOT NULL,
            points_per_100km REAL NOT NULL,
            score REAL NOT NULL,
            weight_percent REAL NOT NULL,
            PRIMARY KEY (drive_id, category)
        ) WITHOUT ROWID;
        """;

    private const string Backfill = """
        WITH
        kinds (kind, category) AS (VALUES
            ('HardBraking', 'Braking'), ('LateBraking', 'Braking'), ('LimitDropLate', 'Braking'),
            ('LimitDropMissed', 'Braking'), ('Speeding', 'Braking'), ('FollowingTooClose', 'Braking'),
            ('IndicatorMissing', 'Indicators'), ('IndicatorLate', 'Indicators'), ('IndicatorVeryLate', 'Indicators'),
            ('IndicatorWrongSide', 'Indicators'), ('IndicatorNotCancelled', 'Indicators'),
            ('LaneChangeBrisk', 'LaneDiscipline'), ('LaneChangeAbrupt', 'LaneDiscipline'), ('LaneChangeSevere', 'LaneDiscipline'),
            ('Weaving', 'LaneDiscipline'), ('HarshCornering', 'LaneDiscipline'),
            ('LightsOffAtNight', 'Lights'), ('LightsOffInRain', 'Lights'), ('LightsOffAtDusk', 'Lights'),
            ('TollApproachTooFast', 'PoiApproach'), ('YardApproachTooFast', 'PoiApproach'),
            ('StoppedInLane', 'Blocking'), ('MenuWhileRolling', 'Blocking'),
            ('GameFine', 'FinesAndCollisions'), ('Collision', 'FinesAndCollisions')),
        ladder (severity, points) AS (VALUES ('Info', 0), ('Minor', 1), ('Serious', 5), ('Dangerous', 15)),
        categories (category, weight_percent) AS (VALUES
            ('Braking', 25.0), ('LaneDiscipline', 20.0), ('Indicators', 15.0), ('Blocking', 15.0),
            ('Lights', 10.0), ('PoiApproach', 10.0), ('FinesAndCollisions', 5.0)),
        tally (drive_id, category, findings, points) AS (
            SELECT e.drive_id, k.category, count(*), sum(l.points)
            FROM habit_events e JOIN kinds k ON k.kind = e.kind JOIN ladder l ON l.severity = e.severity
            GROUP BY e.drive_id, k.category)
        INSERT INTO habit_scores (drive_id, category, findings, points, points_per_100km, score, weight_percent)
        SELECT d.id, c.category, coalesce(t.findings, 0), coalesce(t.points, 0),
               coalesce(t.points, 0) * 100.0 / max(d.distance_km, 50.0),
               CASE c.category
                   WHEN 'Braking' THEN d.score_braking
                   WHEN 'LaneDiscipline' THEN d.score_lane_discipline
                   WHEN 'Indicators' THEN d.score_indicators
                   WHEN 'Blocking' THEN d.score_blocking
                   WHEN 'Lights' THEN d.score_lights
                   WHEN 'PoiApproach' THEN d.score_poi_approach
                   ELSE d.score_fines_and_collisions
               END,
               c.weight_percent
        FROM drives d CROSS JOIN categories c
        LEFT JOIN tally t ON t.drive_id = d.id AND t.category = c.category;
        UPDATE drives SET normalisation_km = max(distance_km, 50.0);
        """;

    // The scores now live in habit_scores alone: one source of truth.
    private const string DropScoreColumns = """
        ALTER TABLE drives DROP COLUMN score_braking;
        ALTER TABLE drives DROP COLUMN score_lane_discipline;
        ALTER TABLE drives DROP COLUMN score_indicators;
        ALTER TABLE drives DROP COLUMN score_blocking;
        ALTER TABLE drives DROP COLUMN score_lights;
        ALTER TABLE drives DROP COLUMN score_poi_approach;
        ALTER TABLE drives DROP COLUMN score_fines_and_collisions;
        """;

    private static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        Sql.Execute(connection, transaction, AddColumns);
        Sql.Execute(connection, transaction, Backfill);
        Sql.Execute(connection, transaction, DropScoreColumns);
    }
}
