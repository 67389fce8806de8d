using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Tests.Support;

/// <summary>
/// A stand-in game with the real plugin loaded under a unique shared-memory name. Disposing it
/// shuts the plugin down, unloads it and checks that nothing is left in /dev/shm.
/// </summary>
internal sealed class PluginRun : IDisposable
{
    public PluginRun(StandInGameOptions? options = null, bool init = true)
    {
        ShmName = "e2c-test-" + Guid.NewGuid().ToString("N");
        Game = new StandInGame((options ?? new StandInGameOptions()) with { SharedMemoryName = ShmName, FrameCapacity = 64, EventCapacity = 64 });
        Assert.True(Game.TryLoad(PluginPath, out var error), error);
        if (init)
        {
            Assert.Equal(ScsResult.Ok, Game.Init());
        }
    }

    /// <summary>The plugin the build copied next to the tests.</summary>
    public static string PluginPath => Path.Combine(AppContext.BaseDirectory, "plugin", OperatingSystem.IsWindows() ? "ets2coach_telemetry.dll" : "ets2coach_telemetry.so");

    public string ShmName { get; }

    public StandInGame Game { get; }

    public bool ShmExists => File.Exists(SharedMemoryView.PathOf(ShmName));

    public SharedMemoryView OpenShm() => SharedMemoryView.Open(ShmName);

    public void Dispose()
    {
        Game.Dispose();
        Assert.False(ShmExists, $"/dev/shm/{ShmName} left behind");
    }
}
