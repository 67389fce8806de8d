namespace Ets2Coach.Demo;

/// <summary>Where the demo finds the stand-in game and how long it waits for it (tests change these).</summary>
internal sealed record DemoEnvironment
{
    /// <summary>The folder holding <c>Ets2Coach.GameHost</c> and <c>plugin/</c>: this program's own.</summary>
    public string HostDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>The plugin to load; null for <c>ETS2COACH_PLUGIN</c> or the one beside the host.</summary>
    public string? PluginPath { get; init; }

    /// <summary>How long the game may take to start and to publish its first frame.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The user's data folders (the default drive folder).</summary>
    public AppPaths Paths { get; init; } = AppPaths.ForCurrentUser();
}
