namespace Ets2Coach.Cli.Tests;

public sealed class AppPathsTests
{
    [Fact]
    public void For_LinuxWithXdgDataHome_DrivesUnderIt()
    {
        var paths = AppPaths.For(Env(("XDG_DATA_HOME", "/data/me")), AppPaths.Platform.Unix, "/home/me");

        Assert.Equal("/data/me/Ets2Coach", paths.DataDirectory);
        Assert.Equal("/data/me/Ets2Coach/drives", paths.DrivesDirectory);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/data")] // the XDG spec: a relative path is invalid and ignored
    public void For_LinuxWithoutUsableXdgDataHome_DotLocalShare(string? xdg)
    {
        var paths = AppPaths.For(Env(("XDG_DATA_HOME", xdg)), AppPaths.Platform.Unix, "/home/me");

        Assert.Equal("/home/me/.local/share/Ets2Coach/drives", paths.DrivesDirectory);
    }

    [Fact]
    public void For_Windows_LocalAppData()
    {
        var paths = AppPaths.For(Env(("LOCALAPPDATA", @"C:\Users\me\AppData\Local")), AppPaths.Platform.Windows, @"C:\Users\me");

        Assert.Equal(Path.Combine(@"C:\Users\me\AppData\Local", "Ets2Coach", "drives"), paths.DrivesDirectory);
    }

    [Fact]
    public void For_MacOs_ApplicationSupport()
    {
        var paths = AppPaths.For(Env(), AppPaths.Platform.MacOs, "/Users/me");

        Assert.Equal("/Users/me/Library/Application Support/Ets2Coach", paths.DataDirectory);
    }

    private static Func<string, string?> Env(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
