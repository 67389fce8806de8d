namespace Ets2Coach.History.Tests;

public sealed class DataFolderTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Resolve_OverrideSet_UsesItOnEveryPlatform()
    {
        var env = Environment(("ETS2COACH_DATA_DIR", "/srv/coach"), ("XDG_DATA_HOME", "/xdg"), ("LOCALAPPDATA", @"C:\Users\p\AppData\Local"));

        Assert.Equal(Path.GetFullPath("/srv/coach"), DataFolder.Resolve(env, windows: false, linux: true));
        Assert.Equal(Path.GetFullPath("/srv/coach"), DataFolder.Resolve(env, windows: true, linux: false));
    }

    [Fact]
    public void Resolve_LinuxWithXdgDataHome_UsesIt()
    {
        Assert.Equal(Path.Combine("/xdg/data", "Ets2Coach"), DataFolder.Resolve(Environment(("XDG_DATA_HOME", "/xdg/data"), ("HOME", "/home/p")), windows: false, linux: true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/data")]
    public void Resolve_LinuxWithoutUsableXdgDataHome_UsesLocalShare(string? xdg)
    {
        var env = Environment(("XDG_DATA_HOME", xdg!), ("HOME", "/home/p"));

        Assert.Equal(Path.Combine("/home/p", ".local", "share", "Ets2Coach"), DataFolder.Resolve(env, windows: false, linux: true));
    }

    [Fact]
    public void Resolve_Windows_UsesLocalAppData()
    {
        var env = Environment(("LOCALAPPDATA", @"C:\Users\p\AppData\Local"), ("XDG_DATA_HOME", "/xdg"));

        Assert.Equal(Path.Combine(@"C:\Users\p\AppData\Local", "Ets2Coach"), DataFolder.Resolve(env, windows: true, linux: false));
    }

    [Fact]
    public void HistoryDatabasePath_IsHistoryDbInTheDataFolder()
    {
        Assert.Equal(Path.Combine(DataFolder.Resolve(), "history.db"), DataFolder.HistoryDatabasePath());
    }
}
