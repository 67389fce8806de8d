using System.Diagnostics.CodeAnalysis;

namespace Ets2Coach.Demo;

/// <summary>
/// How to start the stand-in game (<c>Ets2Coach.GameHost</c>, shipped next to <c>ets2coach</c>) and
/// which plugin it loads (<c>plugin/ets2coach_telemetry.so|dll</c> beside it, or <c>ETS2COACH_PLUGIN</c>).
/// </summary>
/// <param name="FileName">The program to run: the host's own launcher, or <c>dotnet</c>.</param>
/// <param name="Arguments">Arguments before the host's own (<c>exec Ets2Coach.GameHost.dll</c> with <c>dotnet</c>).</param>
/// <param name="PluginPath">The plugin binary the host loads.</param>
internal sealed record GameHostLaunch(string FileName, IReadOnlyList<string> Arguments, string PluginPath)
{
    /// <summary>Finds the host and the plugin in <paramref name="directory"/> (or <paramref name="pluginPath"/> when given).</summary>
    /// <returns>False with a one-line reason when either is missing.</returns>
    public static bool TryResolve(string directory, string? pluginPath, [NotNullWhen(true)] out GameHostLaunch? launch, [NotNullWhen(false)] out string? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        launch = null;
        var plugin = pluginPath ?? DefaultPlugin(directory);
        if (!File.Exists(plugin))
        {
            error = $"The Ets2Coach plugin is missing ({plugin}): build it with CMake and a C compiler (`dotnet build` does it when both are installed; see README.md).";
            return false;
        }

        var launcher = Path.Combine(directory, OperatingSystem.IsWindows() ? "Ets2Coach.GameHost.exe" : "Ets2Coach.GameHost");
        var assembly = Path.Combine(directory, "Ets2Coach.GameHost.dll");
        if (File.Exists(launcher))
        {
            launch = new GameHostLaunch(launcher, [], plugin);
        }
        else if (File.Exists(assembly))
        {
            launch = new GameHostLaunch(DotnetHost(), ["exec", assembly], plugin);
        }
        else
        {
            error = $"The stand-in game (Ets2Coach.GameHost) is missing from {directory}: build the solution (see README.md).";
            return false;
        }

        error = null;
        return true;
    }

    private static string DefaultPlugin(string directory)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ETS2COACH_PLUGIN");
        return !string.IsNullOrEmpty(fromEnvironment)
            ? fromEnvironment
            : Path.Combine(directory, "plugin", OperatingSystem.IsWindows() ? "ets2coach_telemetry.dll" : "ets2coach_telemetry.so");
    }

    // `dotnet ets2coach.dll` runs under the muxer: start the host with the same one.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? self : "dotnet";
}
