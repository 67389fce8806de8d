using Ets2Coach.History.Tests.Support;

namespace Ets2Coach.History.Tests.Schema;

public sealed class OpenErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_NewerSchema_ClearOneLineErrorAndTheFileIsUntouched()
    {
        var db = _folder.File("history.db");
        using (var history = DriveHistory.Open(db))
        {
            history.AddDrive(Records.Drive(1));
        }

        RawDatabase.Execute(db, "PRAGMA user_version = 3");
        var before = File.ReadAllBytes(db);

        Assert.False(DriveHistory.TryOpen(db, out var opened, out var error));

        Assert.Null(opened);
        Assert.Equal(HistoryErrorKind.NewerSchema, error.Kind);
        Assert.Equal($"{db} was written by a newer Ets2Coach (history schema 3; this version reads up to 2): update Ets2Coach.", error.Message);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Open_FileOfGarbage_CorruptOneLineError()
    {
        var db = _folder.File("history.db");
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(db, garbage);

        var ex = Assert.Throws<DriveHistoryException>(() => DriveHistory.Open(db));

        Assert.Equal(HistoryErrorKind.Corrupt, ex.Kind);
        Assert.StartsWith($"{db} is damaged or is not a database", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(garbage, File.ReadAllBytes(db)); // not "repaired" by overwriting
    }

    [Fact]
    public void Open_DatabaseWithDamagedPages_CorruptOneLineError()
    {
        var db = _folder.File("history.db");
        using (var history = DriveHistory.Open(db))
        {
            for (var i = 0; i < 50; i++)
            {
                history.AddDrive(Records.Drive(i));
            }
        }

        // Keep the 100-byte file header, smash the rest of page 1 (the schema table) and page 2.
        using (var stream = new FileStream(db, FileMode.Open, FileAccess.Write))
        {
            stream.Position = 100;
            var junk = new byte[8000];
            new Random(3).NextBytes(junk);
            stream.Write(junk);
        }

        var error = Record.Exception(() =>
        {
            using var history = DriveHistory.Open(db);
            _ = history.ListDrives(new DriveQuery { Limit = 100 });
            _ = history.GetDrive(1);
        });

        var ex = Assert.IsType<DriveHistoryException>(error);
        Assert.Equal(HistoryErrorKind.Corrupt, ex.Kind);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Open_AnotherProgramsSqliteDatabase_RefusedAsNotAHistory()
    {
        var db = _folder.File("browser.sqlite");
        RawDatabase.Execute(db, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://truckersmp.com');");

        var ex = Assert.Throws<DriveHistoryException>(() => DriveHistory.Open(db));

        Assert.Equal(HistoryErrorKind.NotAHistory, ex.Kind);
        Assert.Equal($"{db} is an SQLite database but not an Ets2Coach drive history: choose another file with --db, or move it aside.", ex.Message);
        Assert.Equal(0, RawDatabase.Scalar(db, "PRAGMA user_version"));
        Assert.Equal("delete", RawDatabase.Text(db, "PRAGMA journal_mode")); // not switched to WAL behind its owner's back
    }

    [Fact]
    public void Open_PathIsAFolder_UnreadableOneLineError()
    {
        var ex = Assert.Throws<DriveHistoryException>(() => DriveHistory.Open(_folder.Path));

        Assert.Equal(HistoryErrorKind.Unreadable, ex.Kind);
        Assert.Contains("it is a folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_BecomesANewHistory()
    {
        var db = _folder.File("history.db");
        File.WriteAllBytes(db, []);

        using var history = DriveHistory.Open(db);

        Assert.Equal(0, history.OpenedAtVersion);
        Assert.Equal(0, history.CountDrives());
    }

    [Fact]
    public void GetDrive_UnknownFindingKind_OneLineErrorNamingIt()
    {
        var db = _folder.File("history.db");
        using var history = DriveHistory.Open(db);
        var id = history.AddDrive(Records.Drive(1));
        RawDatabase.Execute(db, $"UPDATE habit_events SET kind = 'TailgatingV9' WHERE id = (SELECT min(id) FROM habit_events WHERE drive_id = {id})");

        var ex = Assert.Throws<DriveHistoryException>(() => history.GetDrive(id));

        Assert.Equal(HistoryErrorKind.UnknownValue, ex.Kind);
        Assert.Equal($"{db}: drive {id} has a finding kind 'TailgatingV9' this version of Ets2Coach does not know: update Ets2Coach.", ex.Message);
    }

    [Fact]
    public void AnyCall_AfterDispose_ThrowsObjectDisposed()
    {
        var history = DriveHistory.Open(_folder.File("history.db"));
        history.Dispose();

        Assert.Throws<ObjectDisposedException>(() => history.CountDrives());
    }
}
