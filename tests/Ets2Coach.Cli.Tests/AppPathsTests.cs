using Ets2Coach.History;

namespace Ets2Coach.Cli.Tests;

public sealed class AppPathsTests
{
    [Fact]
    public void ForCurrentUser_UsesTheDataFolderOfTheHistory()
    {
        // One rule for where data lives: the app's drives and the history share DataFolder's answer.
        var paths = AppPaths.ForCurrentUser();

        Assert.Equal(DataFolder.Resolve(), paths.DataDirectory);
        Assert.Equal(DataFolder.HistoryDatabasePath(), paths.HistoryDatabase);
    }

    [Fact]
    public void Folders_AreInsideTheDataFolder()
    {
        var paths = new AppPaths("/data/me/Ets2Coach");

        Assert.Equal(Path.Combine("/data/me/Ets2Coach", "drives"), paths.DrivesDirectory);
        Assert.Equal(Path.Combine("/data/me/Ets2Coach", "history.db"), paths.HistoryDatabase);
    }

    [Fact]
    public void TestRun_NeverUsesTheDevelopersRealDataFolder()
    {
        // TestDataFolder (a module initializer) points ETS2COACH_DATA_DIR at a temporary folder.
        Assert.StartsWith(Path.GetTempPath(), AppPaths.ForCurrentUser().DataDirectory, StringComparison.Ordinal);
    }
}
