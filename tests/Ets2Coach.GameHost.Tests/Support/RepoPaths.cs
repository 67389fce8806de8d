namespace Ets2Coach.GameHost.Tests.Support;

/// <summary>Files of the repository the tests read (the layout header, the reference catalogue).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string LayoutHeader => Path.Combine(Root, "native", "include", "ets2coach", "e2c_layout.h");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "native", "include", "ets2coach", "e2c_layout.h")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
