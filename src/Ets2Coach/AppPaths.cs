namespace Ets2Coach;

/// <summary>
/// Where Ets2Coach keeps a user's data: the drive files and (for <c>Ets2Coach.History</c>) the
/// history database. Linux: <c>$XDG_DATA_HOME/Ets2Coach</c> (an absolute XDG_DATA_HOME only, as the
/// XDG spec says) or <c>~/.local/share/Ets2Coach</c>; Windows: <c>%LOCALAPPDATA%\Ets2Coach</c>; macOS:
/// <c>~/Library/Application Support/Ets2Coach</c>. Nothing is created here: callers create what they write.
/// </summary>
internal sealed class AppPaths
{
    private const string AppFolder = "Ets2Coach";

    /// <summary>Uses <paramref name="dataDirectory"/> as the data folder.</summary>
    public AppPaths(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        DataDirectory = dataDirectory;
    }

    /// <summary>The folder that holds everything Ets2Coach stores for the user.</summary>
    public string DataDirectory { get; }

    /// <summary>The default folder for recorded and imported drive files.</summary>
    public string DrivesDirectory => Path.Combine(DataDirectory, "drives");

    /// <summary>The paths for the user running this process.</summary>
    public static AppPaths ForCurrentUser() => For(
        Environment.GetEnvironmentVariable,
        OperatingSystem.IsWindows() ? Platform.Windows : OperatingSystem.IsMacOS() ? Platform.MacOs : Platform.Unix,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify));

    /// <summary>The paths a user with these environment variables and home folder gets on <paramref name="platform"/>.</summary>
    internal static AppPaths For(Func<string, string?> environment, Platform platform, string home)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = platform switch
        {
            Platform.Windows => NonEmpty(environment("LOCALAPPDATA")) ?? Path.Combine(home, "AppData", "Local"),
            Platform.MacOs => Path.Combine(home, "Library", "Application Support"),
            _ => Absolute(environment("XDG_DATA_HOME")) ?? Path.Combine(home, ".local", "share"),
        };
        return new AppPaths(Path.Combine(root, AppFolder));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // The XDG base-directory spec: a relative path in XDG_DATA_HOME is invalid and ignored.
    private static string? Absolute(string? value) => NonEmpty(value) is { } path && path.StartsWith('/') ? path : null;

    /// <summary>The operating-system conventions <see cref="For"/> follows.</summary>
    internal enum Platform
    {
        /// <summary>Linux and other XDG systems.</summary>
        Unix,

        /// <summary>Windows: local application data.</summary>
        Windows,

        /// <summary>macOS: Application Support.</summary>
        MacOs,
    }
}
