using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests;

/// <summary>The real plugin through the stand-in game: version negotiation, load, shutdown, reinit, reload.</summary>
public sealed class PluginLifecycleTests
{
    [Fact]
    public void Init_CurrentGame_PluginAcceptsApi101AndPublishesIdentity()
    {
        using var run = new PluginRun();
        Assert.Equal(ScsVersions.TelemetryApi101, run.Game.TelemetryApiVersion);
        Assert.True(run.Game.IsEventRegistered(ScsEvent.Gameplay));
        using var shm = run.OpenShm();
        Assert.Equal(0x4D454C4554433245UL, shm.Magic);
        Assert.Equal(1u, shm.State);
        Assert.Equal(ScsVersions.TelemetryApi101, shm.TelemetryApiVersion);
        Assert.Equal(ScsVersions.Ets2Schema118, shm.GameSchemaVersion);
        Assert.Equal("eut2", shm.GameId);
        Assert.Equal("Euro Truck Simulator 2", shm.GameName);
        Assert.Equal(TelemetryChannels.All, shm.ChannelsRegistered);
        Assert.Equal(TelemetryChannels.All, run.Game.FedChannels);
        Assert.Contains(run.Game.Log.Lines, l => l.FromPlugin && l.Message.Contains(run.ShmName, StringComparison.Ordinal));
    }

    [Fact]
    public void Init_OlderGameOfferingOnly100_AcceptedWithoutGameplayEvents()
    {
        using var run = new PluginRun(new StandInGameOptions { OfferedApiVersions = [ScsVersions.TelemetryApi100] });
        Assert.Equal(ScsVersions.TelemetryApi100, run.Game.TelemetryApiVersion);
        Assert.False(run.Game.IsEventRegistered(ScsEvent.Gameplay));
        run.Game.QueueGameplayEvent(InvariantScenario.Event(0));
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        Assert.Equal(0, run.Game.GameplayEventsPlayed);
        using var shm = run.OpenShm();
        Assert.Equal(ScsVersions.TelemetryApi100, shm.TelemetryApiVersion);
        Assert.DoesNotContain(shm.Events(), e => e.Kind == TelemetryEventKind.PlayerFined);
    }

    [Fact]
    public void Init_NewerApiFirst_GameRetriesDownToOneThePluginKnows()
    {
        using var run = new PluginRun(new StandInGameOptions { OfferedApiVersions = [ScsVersions.Make(1, 2), ScsVersions.TelemetryApi101, ScsVersions.TelemetryApi100] });
        Assert.Equal(ScsVersions.TelemetryApi101, run.Game.TelemetryApiVersion);
    }

    [Fact]
    public void Init_OnlyUnknownVersions_PluginAnswersUnsupportedAndRegistersNothing()
    {
        using var run = new PluginRun(new StandInGameOptions { OfferedApiVersions = [ScsVersions.Make(2, 0), ScsVersions.Make(1, 2)] }, init: false);
        Assert.Equal(ScsResult.Unsupported, run.Game.Init());
        Assert.False(run.Game.IsInitialized);
        Assert.Empty(run.Game.GetRegisteredChannels());
        Assert.False(run.ShmExists);
        Assert.Contains(run.Game.Log.Lines, l => l.Type == ScsLogType.Error && l.Message.Contains("init", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => run.Game.PlayFrame(InvariantScenario.Frame(0)));
    }

    [Fact]
    public void Init_SharedMemoryCannotBeCreated_FailsWithThePluginsReasonAndNoRegistrations()
    {
        using var run = new PluginRun(init: false);
        var blocker = SharedMemoryView.PathOf(run.ShmName);
        Directory.CreateDirectory(blocker);
        try
        {
            var result = run.Game.Init();
            Assert.NotEqual(ScsResult.Ok, result);
            Assert.NotEqual(ScsResult.Unsupported, result);
            Assert.Empty(run.Game.GetRegisteredChannels());
            Assert.False(run.Game.IsEventRegistered(ScsEvent.FrameEnd));
            Assert.Contains(run.Game.Log.Lines, l => l.FromPlugin && l.Type == ScsLogType.Error);
        }
        finally
        {
            Directory.Delete(blocker);
        }
    }

    [Fact]
    public void Init_Ats_PublishedAsAts()
    {
        using var run = new PluginRun(new StandInGameOptions { GameId = ScsGameId.Ats });
        using var shm = run.OpenShm();
        Assert.Equal("ats", shm.GameId);
        Assert.Equal(ScsVersions.AtsSchema105, shm.GameSchemaVersion);
        Assert.Equal("American Truck Simulator", shm.GameName);
    }

    [Fact]
    public void Shutdown_RemovesRegistrationsAndTheSharedMemory()
    {
        using var run = new PluginRun();
        run.Game.PlayFrame(InvariantScenario.Frame(0));
        Assert.True(run.ShmExists);
        run.Game.Shutdown();
        Assert.False(run.Game.IsInitialized);
        Assert.Empty(run.Game.GetRegisteredChannels());
        Assert.False(run.Game.IsEventRegistered(ScsEvent.FrameStart));
        Assert.False(run.ShmExists);
        Assert.Contains(run.Game.Log.Lines, l => l.FromPlugin && l.Message.Contains("shut down after 1 frames", StringComparison.Ordinal));
    }

    [Fact]
    public void ReinitAndReload_RepeatedCycles_NewGenerationEachTimeAndFramesStillExact()
    {
        using var run = new PluginRun();
        var generations = new HashSet<ulong>();
        var index = 0L;
        for (var cycle = 0; cycle < 6; cycle++)
        {
            for (var n = 0; n < 5; n++, index++)
            {
                run.Game.PlayFrame(InvariantScenario.Frame(index));
            }

            using (var shm = run.OpenShm())
            {
                Assert.True(generations.Add(shm.Generation));
                Assert.Equal(5UL, shm.FramesWritten);
                Assert.True(InvariantScenario.TryVerify(shm.LatestFrame, out var verified, out var error), error);
                Assert.Equal(index - 1, verified);
            }

            Assert.Equal(ScsResult.Ok, cycle % 2 == 0 ? run.Game.Reinit() : run.Game.Reload());
            Assert.True(run.Game.IsInitialized);
        }

        Assert.Equal(6, generations.Count);
    }

    [Fact]
    public void Reload_ConfigurationDeliveredAgainToTheNewPlugin()
    {
        using var run = new PluginRun();
        run.Game.SetConfiguration(InvariantScenario.Configuration);
        run.Game.PlayFrame(InvariantScenario.Frame(0));
        Assert.Equal(ScsResult.Ok, run.Game.Reload());
        using var shm = run.OpenShm();
        ConfigurationAssert.Equal(InvariantScenario.Configuration, shm.Configuration());
    }

    [Fact]
    public void Unload_ThenLoadAgain_Works()
    {
        using var run = new PluginRun();
        run.Game.Unload();
        Assert.False(run.Game.IsLoaded);
        Assert.False(run.ShmExists);
        Assert.Contains(run.Game.Log.Lines, l => l.Message == "unloaded 'ets2coach_telemetry'");
        Assert.True(run.Game.TryLoad(PluginRun.PluginPath, out var error), error);
        Assert.Equal(ScsResult.Ok, run.Game.Init());
        Assert.True(run.ShmExists);
    }
}
