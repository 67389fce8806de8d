using Ets2Coach.History.Storage;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Schema;

/// <summary>
/// Schema version 1, as first shipped: one row per drive with its seven habit scores as columns, and
/// its findings. Frozen: a database created by this DDL must keep migrating (the tests hold a copy).
/// </summary>
internal static class SchemaV1
{
    /// <summary>The v1 tables and indexes. Enum values are stored by name so the database reads on its own.</summary>
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS drives (
            id INTEGER PRIMARY KEY,
            started_unix_ms INTEGER NOT NULL,
            ended_unix_ms INTEGER NOT NULL,
            game_id TEXT NOT NULL,
            distance_km REAL NOT NULL,
            duration_s REAL NOT NULL,
            frame_rate_hz REAL NOT NULL,
            frames_read INTEGER NOT NULL,
            frames_lost INTEGER NOT NULL,
            frames_torn INTEGER NOT NULL,
            overall_score REAL NOT NULL,
            band TEXT NOT NULL,
            score_braking REAL NOT NULL,
            score_lane_discipline REAL NOT NULL,
            score_indicators REAL NOT NULL,
            score_blocking REAL NOT NULL,
            score_lights REAL NOT NULL,
            score_poi_approach REAL NOT NULL,
            score_fines_and_collisions REAL NOT NULL,
            info_count INTEGER NOT NULL,
            minor_count INTEGER NOT NULL,
            serious_count INTEGER NOT NULL,
            dangerous_count INTEGER NOT NULL,
            event_count INTEGER NOT NULL,
            file_path TEXT,
            simulated INTEGER NOT NULL CHECK (simulated IN (0, 1)),
            sim_profile TEXT,
            sim_seed INTEGER
        );
        CREATE INDEX IF NOT EXISTS drives_by_start ON drives (started_unix_ms DESC, id DESC);
        CREATE TABLE IF NOT EXISTS habit_events (
            id INTEGER PRIMARY KEY,
            drive_id INTEGER NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            severity TEXT NOT NULL,
            start_s REAL NOT NULL,
            end_s REAL NOT NULL,
            x_m REAL,
            y_m REAL,
            z_m REAL,
            speed_mps REAL,
            measured_value REAL,
            threshold REAL,
            unit TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS habit_events_by_drive ON habit_events (drive_id);
        """;

    public static Migration Migration { get; } = new(1, "drives and their findings", Apply);

    private static void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        Sql.Execute(connection, transaction, Ddl);

        // Marks the file as ours, so another program's SQLite database is refused rather than migrated.
        Sql.Execute(connection, transaction, "PRAGMA application_id = " + HistorySchema.ApplicationIdText);
    }
}
