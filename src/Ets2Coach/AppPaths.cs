using Ets2Coach.History;

namespace Ets2Coach;

/// <summary>
/// Where Ets2Coach keeps a user's data: the drive files and the drive history database, inside the
/// data folder that <see cref="DataFolder"/> resolves (<c>ETS2COACH_DATA_DIR</c>, else the platform's
/// convention). Nothing is created here: callers create what they write.
/// </summary>
internal sealed class AppPaths
{
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

    /// <summary>The drive history database.</summary>
    public string HistoryDatabase => Path.Combine(DataDirectory, DataFolder.HistoryFileName);

    /// <summary>The paths for the user running this process.</summary>
    public static AppPaths ForCurrentUser() => new(DataFolder.Resolve());
}
