namespace Ets2Coach.History;

/// <summary>
/// Where Ets2Coach keeps the user's data (the drive history, recorded drives): <c>ETS2COACH_DATA_DIR</c>
/// when set; on Windows <c>%LOCALAPPDATA%\Ets2Coach</c>; on Linux <c>$XDG_DATA_HOME/Ets2Coach</c> or
/// <c>~/.local/share/Ets2Coach</c>; elsewhere the folder .NET reports as local application data, plus
/// <c>Ets2Coach</c>. The folder is not created here.
/// </summary>
public static class DataFolder
{
    /// <summary>Environment variable that overrides the data folder.</summary>
    public const string OverrideVariable = "ETS2COACH_DATA_DIR";

    /// <summary>The application's folder name inside the platform's data folder.</summary>
    public const string ApplicationFolderName = "Ets2Coach";

    /// <summary>File name of the drive history database.</summary>
    public const string HistoryFileName = "history.db";

    /// <summary>The data folder for this process's environment.</summary>
    public static string Resolve() =>
        Resolve(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows(), OperatingSystem.IsLinux());

    /// <summary>The drive history database in <see cref="Resolve()"/>.</summary>
    public static string HistoryDatabasePath() => Path.Combine(Resolve(), HistoryFileName);

    /// <summary>The data folder for a given environment (tests pass their own).</summary>
    internal static string Resolve(Func<string, string?> environment, bool windows, bool linux)
    {
        var overridden = environment(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        if (windows)
        {
            var local = environment("LOCALAPPDATA");
            return Path.Combine(string.IsNullOrWhiteSpace(local) ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) : local, ApplicationFolderName);
        }

        if (linux)
        {
            // XDG Base Directory spec: a relative $XDG_DATA_HOME is invalid and must be ignored.
            var xdg = environment("XDG_DATA_HOME");
            if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
            {
                return Path.Combine(xdg, ApplicationFolderName);
            }

            var home = environment("HOME");
            return Path.Combine(string.IsNullOrWhiteSpace(home) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : home, ".local", "share", ApplicationFolderName);
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), ApplicationFolderName);
    }
}
