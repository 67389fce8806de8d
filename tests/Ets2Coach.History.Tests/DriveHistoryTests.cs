using Ets2Coach.Habits;
using Ets2Coach.History.Tests.Support;

namespace Ets2Coach.History.Tests;

public sealed class DriveHistoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddDrive_ThenGetDrive_GivesBackEveryFieldAndFinding()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var drive = Records.Drive(3, filePath: _folder.File("drive.e2cd"), simulation: new SimulationInfo("reckless", 42)) with
        {
            StartedAt = new DateTimeOffset(2025, 7, 1, 20, 15, 30, 123, TimeSpan.Zero),
        };
        var withOddValues = drive.Scoring.Events.Append(new HabitEvent
        {
            Kind = HabitKind.GameFine,
            Severity = Severity.Info,
            StartSeconds = 5000.25,
            EndSeconds = 5000.25,
            Position = new(double.NaN, 0, -1e6),
            SpeedMps = 0.1f,
            MeasuredValue = double.NaN,
            Threshold = 0,
            Unit = "",
            Detail = "illegal_border_crossing 'quoted' \"double\"; DROP TABLE drives; -- ünïcödé",
        }).ToList();
        drive = drive with { Scoring = drive.Scoring with { Events = withOddValues } };

        var id = history.AddDrive(drive);
        var stored = history.GetDrive(id);

        Assert.NotNull(stored);
        Assert.Equal(id, stored.Id);
        Assert.Equal(drive.StartedAt, stored.StartedAt);
        Assert.Equal(drive.EndedAt, stored.EndedAt);
        Assert.Equal(TimeSpan.Zero, stored.StartedAt.Offset);
        Assert.Equal((drive.GameId, drive.FrameRateHz, drive.FramesRead, drive.FramesLost, drive.FramesTorn, drive.FilePath, drive.Simulation),
            (stored.GameId, stored.FrameRateHz, stored.FramesRead, stored.FramesLost, stored.FramesTorn, stored.FilePath, stored.Simulation));
        var (expected, actual) = (drive.Scoring, stored.Scoring);
        Assert.Equal((expected.DistanceKm, expected.DurationSeconds, expected.NormalisationKm, expected.Overall, expected.Band, expected.OptionsFingerprint),
            (actual.DistanceKm, actual.DurationSeconds, actual.NormalisationKm, actual.Overall, actual.Band, actual.OptionsFingerprint));
        Assert.Equal(expected.Habits, actual.Habits);
        Assert.Equal(expected.Events, actual.Events); // same order, NaN kept as NaN, text untouched
        Assert.Equal(1, history.CountDrives());
    }

    [Fact]
    public void GetDrive_UnknownId_ReturnsNull()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        history.AddDrive(Records.Drive(1));

        Assert.Null(history.GetDrive(999));
    }

    [Fact]
    public void ListDrives_NewestFirstWithPagesAndFilters_GivesMatchingSummaries()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var ids = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(history.AddDrive(Records.Drive(i, gameId: i % 2 == 0 ? "eut2" : "ats", simulation: i % 3 == 0 ? new SimulationInfo("average", i) : null)));
        }

        var all = history.ListDrives(new DriveQuery { Limit = 100 });
        Assert.Equal(ids.AsEnumerable().Reverse(), all.Select(d => d.Id)); // later starts first
        var first = all[^1];
        var record = Records.Drive(0, simulation: new SimulationInfo("average", 0));
        Assert.Equal((record.Scoring.Overall, record.Scoring.Band, record.Scoring.Events.Count, record.Scoring.CountOf(Severity.Serious), "eut2"),
            (first.Overall, first.Band, first.EventCount, first.SeriousCount, first.GameId));
        Assert.Equal(first.EventCount, first.InfoCount + first.MinorCount + first.SeriousCount + first.DangerousCount);

        var page = history.ListDrives(new DriveQuery { Limit = 3, Offset = 3 });
        Assert.Equal(all.Skip(3).Take(3).Select(d => d.Id), page.Select(d => d.Id));

        Assert.All(history.ListDrives(new DriveQuery { GameId = "ats" }), d => Assert.Equal("ats", d.GameId));
        Assert.Equal(5, history.CountDrives(new DriveQuery { GameId = "ats" }));
        Assert.Equal(4, history.CountDrives(new DriveQuery { Simulated = true }));
        Assert.All(history.ListDrives(new DriveQuery { Simulated = true }), d => Assert.NotNull(d.Simulation));
        var window = new DriveQuery { StartedFrom = Records.Start.AddHours(2), StartedBefore = Records.Start.AddHours(5) };
        Assert.Equal([ids[4], ids[3], ids[2]], history.ListDrives(window).Select(d => d.Id));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(DriveQuery.MaxLimit + 1, 0)]
    [InlineData(10, -1)]
    public void ListDrives_InvalidPage_ThrowsArgumentException(int limit, int offset)
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));

        Assert.Throws<ArgumentException>(() => history.ListDrives(new DriveQuery { Limit = limit, Offset = offset }));
    }

    [Fact]
    public void AddDrive_IncompleteScoring_ThrowsArgumentExceptionAndStoresNothing()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var drive = Records.Drive(1);
        var missingHabits = drive with { Scoring = drive.Scoring with { Habits = drive.Scoring.Habits.Take(3).ToList() } };
        var nanScore = drive with { Scoring = drive.Scoring with { Overall = double.NaN } };
        var relativeFile = drive with { FilePath = "drives/today.e2cd" };

        Assert.Throws<ArgumentException>(() => history.AddDrive(missingHabits));
        Assert.Throws<ArgumentException>(() => history.AddDrive(nanScore));
        Assert.Contains("full path", Assert.Throws<ArgumentException>(() => history.AddDrive(relativeFile)).Message, StringComparison.Ordinal);
        Assert.Equal(0, history.CountDrives());
    }

    [Fact]
    public void ReplaceScores_KnownDrive_ReplacesFindingsHabitsAndSummary()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var id = history.AddDrive(Records.Drive(1));
        var other = history.AddDrive(Records.Drive(2));
        var replacement = Records.Drive(7).Scoring with { OptionsFingerprint = "0123456789abcdef" };

        Assert.True(history.ReplaceScores(id, replacement));

        var stored = history.GetDrive(id)!;
        Assert.Equal(replacement.Events, stored.Scoring.Events);
        Assert.Equal(replacement.Habits, stored.Scoring.Habits);
        Assert.Equal((replacement.Overall, replacement.Band, "0123456789abcdef"), (stored.Scoring.Overall, stored.Scoring.Band, stored.Scoring.OptionsFingerprint));
        var summary = history.ListDrives().Single(d => d.Id == id);
        Assert.Equal(replacement.Events.Count, summary.EventCount);
        Assert.Equal(Records.Drive(2).Scoring.Events, history.GetDrive(other)!.Scoring.Events); // the other drive is untouched
    }

    [Fact]
    public void ReplaceScores_UnknownDrive_ReturnsFalse()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));

        Assert.False(history.ReplaceScores(12, Records.Drive(1).Scoring));
        Assert.Equal(0, history.CountDrives());
    }

    [Fact]
    public void DeleteDrive_WithFile_RemovesDriveFindingsScoresAndFile()
    {
        var db = _folder.File("history.db");
        var file = _folder.File("drive.e2cd");
        File.WriteAllBytes(file, [.. "E2CD"u8, 1, 2, 3]);
        using var history = DriveHistory.Open(db);
        var id = history.AddDrive(Records.Drive(1, filePath: file));
        var kept = history.AddDrive(Records.Drive(2));

        var deletion = history.DeleteDrive(id, deleteFile: true);

        Assert.Equal(new DriveDeletion(true, file, true, null), deletion);
        Assert.False(File.Exists(file));
        Assert.Null(history.GetDrive(id));
        Assert.Equal(0, RawDatabase.Scalar(db, $"SELECT count(*) FROM habit_events WHERE drive_id = {id}"));
        Assert.Equal(0, RawDatabase.Scalar(db, $"SELECT count(*) FROM habit_scores WHERE drive_id = {id}"));
        Assert.NotNull(history.GetDrive(kept));
    }

    [Fact]
    public void DeleteDrive_KeepFile_LeavesTheFile()
    {
        var file = _folder.File("drive.e2cd");
        File.WriteAllBytes(file, [.. "E2CD"u8, 1]);
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var id = history.AddDrive(Records.Drive(1, filePath: file));

        var deletion = history.DeleteDrive(id, deleteFile: false);

        Assert.Equal(new DriveDeletion(true, file, false, null), deletion);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void DeleteDrive_FileIsNotADriveFile_DeletesTheDriveButKeepsTheFile()
    {
        var file = _folder.File("notes.txt");
        File.WriteAllText(file, "my notes");
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var id = history.AddDrive(Records.Drive(1, filePath: file));

        var deletion = history.DeleteDrive(id, deleteFile: true);

        Assert.True(deletion.Found);
        Assert.False(deletion.FileDeleted);
        Assert.Contains("is not an Ets2Coach drive file", deletion.FileProblem, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        Assert.Null(history.GetDrive(id));
    }

    [Fact]
    public void DeleteDrive_FileAlreadyGone_DeletesTheDriveAndSaysSo()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var id = history.AddDrive(Records.Drive(1, filePath: _folder.File("gone.e2cd")));

        var deletion = history.DeleteDrive(id, deleteFile: true);

        Assert.True(deletion.Found);
        Assert.Contains("already gone", deletion.FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteDrive_UnknownId_NotFound()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        history.AddDrive(Records.Drive(1));

        Assert.False(history.DeleteDrive(77, deleteFile: true).Found);
        Assert.Equal(1, history.CountDrives());
    }

    [Fact]
    public void Open_NewFileInMissingFolder_CreatesItInWalModeWithTheLatestSchema()
    {
        var db = Path.Combine(_folder.Path, "a", "b", "history.db");

        using (var history = DriveHistory.Open(db))
        {
            Assert.Equal(0, history.OpenedAtVersion);
            Assert.Equal(db, history.DatabasePath);
        }

        Assert.Equal("wal", RawDatabase.Text(db, "PRAGMA journal_mode"));
        Assert.Equal(DriveHistory.CurrentSchemaVersion, RawDatabase.Scalar(db, "PRAGMA user_version"));
        Assert.Equal(0x45324348, RawDatabase.Scalar(db, "PRAGMA application_id"));
        using var again = DriveHistory.Open(db);
        Assert.Equal(DriveHistory.CurrentSchemaVersion, again.OpenedAtVersion);
    }

    [Fact]
    public void Open_ForeignKeysOn_AFindingCannotPointAtNoDrive()
    {
        var db = _folder.File("history.db");
        using var history = DriveHistory.Open(db);

        // The API never writes such a row; the schema refuses it too (checked through a connection with foreign keys on).
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Foreign Keys=True;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO habit_events (drive_id, kind, severity, start_s, end_s, unit, detail) VALUES (404, 'HardBraking', 'Minor', 1, 2, 'm/s²', '')";
        var ex = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
        Assert.Contains("FOREIGN KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TwoInstances_SeeEachOthersDrives()
    {
        var db = _folder.File("history.db");
        using var writer = DriveHistory.Open(db);
        using var reader = DriveHistory.Open(db);

        var id = writer.AddDrive(Records.Drive(5));

        Assert.Equal(Records.Drive(5).Scoring.Events, reader.GetDrive(id)!.Scoring.Events);
    }
}
