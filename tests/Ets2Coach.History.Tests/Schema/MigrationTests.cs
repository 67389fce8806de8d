using Ets2Coach.Habits;
using Ets2Coach.History.Schema;
using Ets2Coach.History.Tests.Support;

namespace Ets2Coach.History.Tests.Schema;

public sealed class MigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string V1Fixture()
    {
        var db = _folder.File("history-v1.db");
        RawDatabase.Execute(db, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "history-v1.sql")));
        return db;
    }

    [Fact]
    public void V1Fixture_IsWhatTheV1MigrationCreates()
    {
        var fixture = V1Fixture();
        var fresh = _folder.File("fresh-v1.db");
        using (var connection = RawDatabase.Open(fresh))
        {
            Migrator.Migrate(connection, [SchemaV1.Migration], fresh);
        }

        Assert.Equal(RawDatabase.Schema(fixture), RawDatabase.Schema(fresh));
        Assert.Equal(1, RawDatabase.Scalar(fixture, "PRAGMA user_version"));
        Assert.Equal(RawDatabase.Scalar(fresh, "PRAGMA application_id"), RawDatabase.Scalar(fixture, "PRAGMA application_id"));
    }

    [Fact]
    public void Open_V1DatabaseWithDrives_MigratesToV2KeepingEveryDriveAndFinding()
    {
        var db = V1Fixture();

        using var history = DriveHistory.Open(db);

        Assert.Equal(1, history.OpenedAtVersion);
        Assert.Equal(2, RawDatabase.Scalar(db, "PRAGMA user_version"));
        Assert.Equal([3L, 2L, 1L], history.ListDrives().Select(d => d.Id));

        var real = history.GetDrive(1)!;
        Assert.Equal(("eut2", 62.4, 3120.0, 187200L, 12L), (real.GameId, real.Scoring.DistanceKm, real.Scoring.DurationSeconds, real.FramesRead, real.FramesLost));
        Assert.Equal(DateTimeOffset.Parse("2025-05-10T19:00:00Z", System.Globalization.CultureInfo.InvariantCulture), real.StartedAt);
        Assert.Equal((85.17628205128204, RiskBand.Mild), (real.Scoring.Overall, real.Scoring.Band));
        Assert.Null(real.Scoring.OptionsFingerprint); // unknown until re-scored
        Assert.Equal(62.4, real.Scoring.NormalisationKm);
        Assert.Equal(
            [HabitKind.LightsOffAtDusk, HabitKind.HardBraking, HabitKind.IndicatorMissing, HabitKind.HardBraking, HabitKind.LaneChangeAbrupt],
            real.Scoring.Events.Select(e => e.Kind));
        Assert.True(double.IsNaN(real.Scoring.Events[2].MeasuredValue));
        Assert.Equal((2.87, 2.5, "m/s²", 21.4f), (real.Scoring.Events[1].MeasuredValue, real.Scoring.Events[1].Threshold, real.Scoring.Events[1].Unit, real.Scoring.Events[1].SpeedMps));

        // The v1 scores are kept; the points behind them are recounted from the findings.
        Assert.Equal(Enum.GetValues<HabitCategory>(), real.Scoring.Habits.Select(h => h.Category));
        var braking = real.Scoring.Habits[(int)HabitCategory.Braking];
        Assert.Equal((2, 6, 51.92307692307693, 25.0), (braking.Findings, braking.Points, braking.Score, braking.WeightPercent));
        Assert.Equal(6 * 100 / 62.4, braking.PointsPer100Km, 12);
        var lights = real.Scoring.Habits[(int)HabitCategory.Lights];
        Assert.Equal((1, 0, 100.0), (lights.Findings, lights.Points, lights.Score));

        // The v2 points agree with what the scorer makes of the same findings under the v1 defaults.
        var rescored = DriveScorer.Score(real.Scoring.Events, real.Scoring.DistanceKm, real.Scoring.DurationSeconds, HabitOptions.Default.Scoring);
        Assert.Equal(rescored.Habits.Select(h => (h.Category, h.Findings, h.Points)), real.Scoring.Habits.Select(h => (h.Category, h.Findings, h.Points)));
        Assert.Equal(rescored.Overall, real.Scoring.Overall, 9);

        var simulated = history.GetDrive(2)!;
        Assert.Equal(new SimulationInfo("reckless", 7), simulated.Simulation);
        Assert.Equal(50.0, simulated.Scoring.NormalisationKm);
        var fines = simulated.Scoring.Habits[(int)HabitCategory.FinesAndCollisions];
        Assert.Equal((2, 20, 40.0, 0.0), (fines.Findings, fines.Points, fines.PointsPer100Km, fines.Score));
        Assert.Equal("red_signal", simulated.Scoring.Events[2].Detail);

        var clean = history.GetDrive(3)!;
        Assert.Empty(clean.Scoring.Events);
        Assert.All(clean.Scoring.Habits, h => Assert.Equal((0, 0, 100.0), (h.Findings, h.Points, h.Score)));
        Assert.Null(clean.FilePath);
    }

    [Fact]
    public void Open_MigratedV1Database_TakesNewDrivesAndDropsTheOldScoreColumns()
    {
        var db = V1Fixture();
        using var history = DriveHistory.Open(db);

        var id = history.AddDrive(Records.Drive(4));

        Assert.Equal(4, id);
        Assert.Equal(4, history.CountDrives());
        Assert.Equal(0, RawDatabase.Scalar(db, "SELECT count(*) FROM pragma_table_info('drives') WHERE name LIKE 'score_%'"));
        Assert.Equal(7 * 4, RawDatabase.Scalar(db, "SELECT count(*) FROM habit_scores"));
    }

    [Fact]
    public void Migrate_StepFails_RollsBackThatStepAndKeepsTheData()
    {
        var db = V1Fixture();
        var failing = new Migration(3, "a step that fails half-way", (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM habit_events; CREATE TABLE half_done (x INTEGER); SELECT no_such_function();";
            command.ExecuteNonQuery();
        });

        var ex = Assert.Throws<DriveHistoryException>(() => DriveHistory.Open(db, [SchemaV1.Migration, SchemaV2.Migration, failing]));

        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(2, RawDatabase.Scalar(db, "PRAGMA user_version")); // v2 committed, v3 rolled back
        Assert.Equal(9, RawDatabase.Scalar(db, "SELECT count(*) FROM habit_events"));
        Assert.Equal(0, RawDatabase.Scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"));
        using var history = DriveHistory.Open(db);
        Assert.Equal(3, history.CountDrives());
    }

    [Fact]
    public void Migrate_RunTwice_SecondRunChangesNothing()
    {
        var db = V1Fixture();
        using (var connection = RawDatabase.Open(db))
        {
            Assert.Equal(1, Migrator.Migrate(connection, HistorySchema.Migrations, db));
        }

        var schema = RawDatabase.Schema(db);
        using (var connection = RawDatabase.Open(db))
        {
            Assert.Equal(2, Migrator.Migrate(connection, HistorySchema.Migrations, db));
        }

        Assert.Equal(schema, RawDatabase.Schema(db));
        Assert.Equal(7 * 3, RawDatabase.Scalar(db, "SELECT count(*) FROM habit_scores"));
    }

    [Fact]
    public void Migrations_AreNumberedOneByOne()
    {
        Assert.Equal(Enumerable.Range(1, HistorySchema.Migrations.Count), HistorySchema.Migrations.Select(m => m.Version));
        Assert.All(HistorySchema.Migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));
        Assert.Equal(HistorySchema.LatestVersion, DriveHistory.CurrentSchemaVersion);
    }
}
