namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder (walks up to the repo root).</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string ProtocolDoc => Path.Combine(Root, "docs", "shared-memory-protocol.md");

    public static string LayoutHeader => Path.Combine(Root, "native", "include", "ets2coach", "e2c_layout.h");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "shared-memory-protocol.md"))
                && File.Exists(Path.Combine(dir.FullName, "native", "include", "ets2coach", "e2c_layout.h")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (docs/shared-memory-protocol.md) above {AppContext.BaseDirectory}.");
    }
}
