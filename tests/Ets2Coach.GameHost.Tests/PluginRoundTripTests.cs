using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests;

/// <summary>What goes into the real plugin comes out of its shared memory unchanged.</summary>
public sealed class PluginRoundTripTests
{
    [Fact]
    public void PlayFrame_EveryField_ComesOutIdenticalButForThePluginsNumbers()
    {
        using var run = new PluginRun();
        using var shm = run.OpenShm();
        for (var i = 0L; i < 100; i++)
        {
            var played = InvariantScenario.Frame(i);
            run.Game.PlayFrame(played);
            var published = shm.LatestFrame;
            Assert.Equal((ulong)(i + 1), published.FrameNumber);
            Assert.Equal(played, published with { FrameNumber = 0, EventsPublished = 0 });
        }
    }

    [Fact]
    public void PlayFrame_HandBuiltFrame_ComesOutIdentical()
    {
        using var run = new PluginRun();
        var frame = new TelemetryFrame
        {
            SimulationTimeUs = 123_456_789,
            RenderTimeUs = 123_450_000,
            PausedSimulationTimeUs = 100_000_000,
            ChannelsPresent = TelemetryChannels.All,
            Switches = TruckSwitches.LeftBlinker | TruckSwitches.LowBeam | TruckSwitches.EngineEnabled | TruckSwitches.ElectricEnabled | TruckSwitches.TrailerConnected,
            Position = new WorldPosition(-12_345.678_901_234, 42.5, 98_765.432_1),
            Orientation = new Orientation(0.75f, -0.01f, 0.002f),
            LocalVelocityMps = new System.Numerics.Vector3(0.1f, 0, -22.2f),
            SpeedMps = 22.2f,
            EngineRpm = 1_234.5f,
            EngineGear = -1,
            DisplayedGear = -2,
            RetarderLevel = 2,
            AuxFront = 1,
            GameTimeMinutes = 7_777,
            RestStopMinutes = -5,
            MultiplayerTimeOffsetMinutes = 3,
            LocalScale = 19f,
            NavigationSpeedLimitMps = 25f,
            FuelAmountL = float.Epsilon,
            CargoDamage = 0.125f,
            TrailerPosition = new WorldPosition(-12_350, 42, 98_760),
            TrailerOrientation = new Orientation(0.5f, 0, 0),
        };
        run.Game.PlayFrame(frame);
        using var shm = run.OpenShm();
        Assert.Equal(frame, shm.LatestFrame with { FrameNumber = 0, EventsPublished = 0 });
    }

    [Fact]
    public void RefusedChannel_ItsBitIsClearInThePublishedFrame()
    {
        using var run = new PluginRun(new StandInGameOptions { RefusedChannels = ["truck.hazard.warning", "truck.navigation.speed.limit", "trailer.world.placement"] });
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        using var shm = run.OpenShm();
        var refused = TelemetryChannels.Hazard | TelemetryChannels.NavigationSpeedLimit | TelemetryChannels.TrailerPlacement;
        Assert.Equal(TelemetryChannels.All & ~refused, shm.ChannelsRegistered);
        var frame = shm.LatestFrame;
        Assert.Equal(TelemetryChannels.All & ~refused, frame.ChannelsPresent);
        Assert.True(InvariantScenario.TryVerify(frame, out _, out var error), error);
        Assert.Contains(run.Game.Log.Lines, l => !l.FromPlugin && l.Message.Contains("lookup_channel: channel 'truck.hazard.warning' not found", StringComparison.Ordinal));
        Assert.Contains(run.Game.Log.Lines, l => l.FromPlugin && l.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusedNumberedTrailerChannel_PluginFallsBackToTheOldName()
    {
        using var run = new PluginRun(new StandInGameOptions { RefusedChannels = ["trailer.0.connected"] });
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        Assert.Contains(run.Game.GetRegisteredChannels(), c => c.Name == "trailer.connected");
        using var shm = run.OpenShm();
        Assert.True(shm.LatestFrame.Has(TelemetryChannels.TrailerConnected));
    }

    [Fact]
    public void OlderSchema_ChannelsItLacksAreAbsent()
    {
        using var run = new PluginRun(new StandInGameOptions { GameSchemaVersion = ScsVersions.Make(1, 16) });
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        using var shm = run.OpenShm();
        var lacking = TelemetryChannels.Hazard | TelemetryChannels.MultiplayerTimeOffset;
        Assert.Equal(TelemetryChannels.All & ~lacking, shm.LatestFrame.ChannelsPresent);
    }

    [Fact]
    public void UnavailableChannel_PluginClearsItsBitAndKeepsTheOthers()
    {
        using var run = new PluginRun();
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        var second = InvariantScenario.Frame(2);
        run.Game.PlayFrame(second with { ChannelsPresent = TelemetryChannels.All & ~(TelemetryChannels.NavigationDistance | TelemetryChannels.Wipers) });
        using var shm = run.OpenShm();
        var published = shm.LatestFrame;
        Assert.False(published.Has(TelemetryChannels.NavigationDistance));
        Assert.False(published.Has(TelemetryChannels.Wipers));
        Assert.Equal(second.SpeedMps, published.SpeedMps);
        run.Game.PlayFrame(InvariantScenario.Frame(3));
        Assert.Equal(TelemetryChannels.All, shm.LatestFrame.ChannelsPresent);
    }

    [Fact]
    public void Pause_ChannelsFreezeTimesGoOnAndPausedStartedAreEvents()
    {
        using var run = new PluginRun();
        using var shm = run.OpenShm();
        run.Game.PlayFrame(InvariantScenario.Frame(0));
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        for (var i = 2; i < 5; i++)
        {
            var paused = InvariantScenario.Frame(i);
            run.Game.PlayFrame(paused with { State = FrameState.Paused });
            var published = shm.LatestFrame;
            Assert.True(published.IsPaused);
            Assert.Equal(paused.SimulationTimeUs, published.SimulationTimeUs);
            Assert.Equal(InvariantScenario.Frame(1).SpeedMps, published.SpeedMps);
            Assert.True(InvariantScenario.TryVerify(published, out var index, out var error), error);
            Assert.Equal(i, index);
        }

        run.Game.PlayFrame(InvariantScenario.Frame(5));
        Assert.Equal(InvariantScenario.Frame(5), shm.LatestFrame with { FrameNumber = 0, EventsPublished = 0 });
        var states = shm.Events().Select(e => e.Kind).Where(k => k is TelemetryEventKind.Paused or TelemetryEventKind.Started).ToList();
        Assert.Equal([TelemetryEventKind.Started, TelemetryEventKind.Paused, TelemetryEventKind.Started], states);
    }

    [Fact]
    public void TimerRestart_FlagAndEventPublished()
    {
        using var run = new PluginRun();
        run.Game.PlayFrame(InvariantScenario.Frame(0));
        using var shm = run.OpenShm();
        Assert.Equal(FrameState.TimerRestart, shm.LatestFrame.State);
        var restart = Assert.Single(shm.Events(), e => e.Kind == TelemetryEventKind.TimerRestart);
        Assert.Equal(1UL, restart.FrameNumber);
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        Assert.Equal(FrameState.None, shm.LatestFrame.State);
    }

    [Fact]
    public void Configuration_DeliveredAtInitAndOnlyChangedGroupsLater()
    {
        using var run = new PluginRun(init: false);
        run.Game.SetConfiguration(InvariantScenario.Configuration);
        Assert.Equal(ScsResult.Ok, run.Game.Init());
        using var shm = run.OpenShm();
        ConfigurationAssert.Equal(InvariantScenario.Configuration, shm.Configuration());

        // Init sends controls, truck, trailer.0..9 and job; all before any frame.
        var initial = shm.Events();
        Assert.Equal(13, initial.Count);
        Assert.All(initial, e => Assert.Equal(TelemetryEventKind.Configuration, e.Kind));
        Assert.Equal(0u, initial.Single(e => e.ConfigurationGroup == ConfigurationGroup.Trailer0 + 1).AttributeCount);

        var changed = InvariantScenario.Configuration with
        {
            Job = null,
            Trailers = [.. InvariantScenario.Configuration.Trailers, new TrailerConfiguration { Index = 1, Id = "trailer.second", WheelCount = 4 }],
        };
        run.Game.SetConfiguration(changed);
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        var later = shm.Events((ulong)initial.Count + 1).Where(e => e.Kind == TelemetryEventKind.Configuration).ToList();
        Assert.Equal([ConfigurationGroup.Trailer0 + 1, ConfigurationGroup.Job], later.Select(e => e.ConfigurationGroup));
        Assert.Equal(0u, later[1].AttributeCount);
        Assert.All(later, e => Assert.Equal(1UL, e.FrameNumber));
        ConfigurationAssert.Equal(changed, shm.Configuration());
    }

    [Fact]
    public void Configuration_EmptyTruck_PublishedAsNoTruck()
    {
        using var run = new PluginRun();
        run.Game.SetConfiguration(InvariantScenario.Configuration);
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        run.Game.SetConfiguration(InvariantScenario.Configuration with { Truck = null });
        run.Game.PlayFrame(InvariantScenario.Frame(2));
        using var shm = run.OpenShm();
        Assert.Null(shm.Configuration().Truck);
        Assert.NotNull(shm.Configuration().Job);
    }

    [Fact]
    public void GameplayEvents_EveryKindRoundTrips()
    {
        using var run = new PluginRun(new StandInGameOptions { EventCapacity = 64 });
        for (var k = 0; k < InvariantScenario.EventCycleLength; k++)
        {
            run.Game.QueueGameplayEvent(InvariantScenario.Event(k));
            run.Game.PlayFrame(InvariantScenario.Frame(k));
        }

        using var shm = run.OpenShm();
        var gameplay = shm.Events().Where(e => e.Kind is not (TelemetryEventKind.Configuration or TelemetryEventKind.Started or TelemetryEventKind.TimerRestart)).ToList();
        Assert.Equal(InvariantScenario.EventCycleLength, gameplay.Count);
        for (var k = 0; k < gameplay.Count; k++)
        {
            Assert.True(InvariantScenario.TryVerifyEvent(gameplay[k], 1, out var index, out var error), error);
            Assert.Equal(k, index);
            Assert.Equal((ulong)(k + 1), gameplay[k].FrameNumber);
        }

        Assert.Equal(Enum.GetValues<Offence>().Length, gameplay.Where(e => e.Kind == TelemetryEventKind.PlayerFined).Select(e => e.Offence).Distinct().Count());
        Assert.Contains(gameplay, e => e.Kind == TelemetryEventKind.PlayerFined && e.Offence == Offence.Unknown && e.OffenceName == "e2c_test_offence");
        Assert.Contains(gameplay, e => e.Kind == TelemetryEventKind.GameplayOther && e.GameplayId == "e2c.test.unknown_event");
        Assert.Contains(gameplay, e => e.Kind == TelemetryEventKind.FerryUsed && e.SourceName.Length > 0 && e.TargetId.Length > 0);
        var frame = shm.LatestFrame;
        Assert.Equal(shm.EventsWritten, frame.EventsPublished);
    }

    [Fact]
    public void GameplayEvent_AttributesNotSent_PublishedWithTheirBitsClear()
    {
        using var run = new PluginRun();
        var partial = TelemetryEvent.ForDelivery(0, 0, 0, 5_000, 120, 0.02f, 345.5f, 600, autoParkUsed: true, autoLoadUsed: false) with { AttributesPresent = 0b0000101 };
        run.Game.QueueGameplayEvent(partial);
        run.Game.PlayFrame(InvariantScenario.Frame(1));
        using var shm = run.OpenShm();
        var delivered = Assert.Single(shm.Events(), e => e.Kind == TelemetryEventKind.JobDelivered);
        Assert.Equal(0b0000101u, delivered.AttributesPresent);
        Assert.Equal(5_000, delivered.Amount);
        Assert.Equal(0.02f, delivered.DeliveredCargoDamage);
        Assert.Equal(0, delivered.EarnedXp);
    }
}
