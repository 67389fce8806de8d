using Ets2Coach.GameHost.Logging;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;

namespace Ets2Coach.GameHost.Tests;

/// <summary>register_for_event / unregister_from_event as the game allows them (fact sheet §4).</summary>
public sealed unsafe class GameSideEventRuleTests : IDisposable
{
    private readonly GameLog _log = new();

    public void Dispose()
    {
        PluginProbe.Reset();
        _log.Dispose();
    }

    [Fact]
    public void RegisterForEvent_FromInit_AcceptedOncePerEvent()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            Assert.Equal(ScsResult.Ok, PluginProbe.RegisterEvent(side, ScsEvent.FrameStart));
            Assert.Equal(ScsResult.AlreadyRegistered, PluginProbe.RegisterEvent(side, ScsEvent.FrameStart));
            Assert.Equal(ScsResult.Ok, PluginProbe.RegisterEvent(side, ScsEvent.Configuration));
        }

        Assert.True(side.IsRegistered(ScsEvent.FrameStart));
        Assert.False(side.IsRegistered(ScsEvent.FrameEnd));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(7u)]
    [InlineData(1000u)]
    public void RegisterForEvent_UnknownEvent_InvalidParameter(uint eventId)
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.InvalidParameter, (ScsResult)side.InitParams->register_for_event(eventId, PluginProbe.EventCallback, null));
    }

    [Fact]
    public void RegisterForEvent_NullCallback_InvalidParameter()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.InvalidParameter, (ScsResult)side.InitParams->register_for_event((uint)ScsEvent.FrameEnd, null, null));
    }

    [Fact]
    public void RegisterForEvent_GameplayOnApi100_UnsupportedButOn101Accepted()
    {
        using (var old = GameSides.Create(_log, api: ScsVersions.TelemetryApi100))
        using (old.Enter(GameCall.Init))
        {
            Assert.Equal(ScsResult.Unsupported, PluginProbe.RegisterEvent(old, ScsEvent.Gameplay));
        }

        using var current = GameSides.Create(_log, api: ScsVersions.TelemetryApi101);
        using var scope = current.Enter(GameCall.Init);
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterEvent(current, ScsEvent.Gameplay));
    }

    [Fact]
    public void RegisterForEvent_OutsideAnyGameCall_NotNowAndLogged()
    {
        using var side = GameSides.Create(_log);
        Assert.Equal(ScsResult.NotNow, PluginProbe.RegisterEvent(side, ScsEvent.FrameStart));
        Assert.Contains(_log.Lines, l => l.Type == ScsLogType.Error && l.Message.Contains("telemetry_register_for_event", StringComparison.Ordinal));
    }

    [Fact]
    public void RegisterForEvent_FromShutdown_NotNow()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Shutdown);
        Assert.Equal(ScsResult.NotNow, PluginProbe.RegisterEvent(side, ScsEvent.FrameStart));
    }

    [Fact]
    public void RegisterForEvent_FromAnotherEventsCallback_Accepted()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterEvent(side, ScsEvent.Configuration);
        }

        var result = ScsResult.GenericError;
        PluginProbe.OnEvent = _ => result = PluginProbe.RegisterEvent(side, ScsEvent.FrameEnd);
        Assert.True(side.Dispatch(ScsEvent.Configuration, null));
        Assert.Equal(ScsResult.Ok, result);
        Assert.True(side.IsRegistered(ScsEvent.FrameEnd));
    }

    [Fact]
    public void RegisterForEvent_FromThatEventsOwnCallback_NotNow()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterEvent(side, ScsEvent.FrameStart);
        }

        // Unregister itself first, so that only the "own callback" rule can refuse the registration.
        var results = new List<ScsResult>();
        PluginProbe.OnEvent = _ =>
        {
            results.Add(PluginProbe.UnregisterEvent(side, ScsEvent.FrameStart));
            results.Add(PluginProbe.RegisterEvent(side, ScsEvent.FrameStart));
        };
        side.Dispatch(ScsEvent.FrameStart, null);
        Assert.Equal([ScsResult.Ok, ScsResult.NotNow], results);
        Assert.False(side.IsRegistered(ScsEvent.FrameStart));
    }

    [Fact]
    public void UnregisterFromEvent_FromInitShutdownAndEvents_AcceptedButNotFromChannels()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterEvent(side, ScsEvent.FrameStart);
            PluginProbe.RegisterEvent(side, ScsEvent.FrameEnd);
            PluginProbe.RegisterEvent(side, ScsEvent.Paused);
            Assert.Equal(ScsResult.Ok, PluginProbe.UnregisterEvent(side, ScsEvent.Paused));
            Assert.Equal(ScsResult.NotFound, PluginProbe.UnregisterEvent(side, ScsEvent.Paused));
        }

        using (side.Enter(GameCall.Channel))
        {
            Assert.Equal(ScsResult.NotNow, PluginProbe.UnregisterEvent(side, ScsEvent.FrameEnd));
        }

        Assert.Equal(ScsResult.NotNow, PluginProbe.UnregisterEvent(side, ScsEvent.FrameEnd));

        using (side.Enter(GameCall.Shutdown))
        {
            Assert.Equal(ScsResult.Ok, PluginProbe.UnregisterEvent(side, ScsEvent.FrameEnd));
        }
    }

    [Fact]
    public void Dispatch_PassesEventIdAndInfo_OnlyToRegisteredEvents()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterEvent(side, ScsEvent.FrameStart);
        }

        var start = new ScsTelemetryFrameStart { simulation_time = 42 };
        Assert.True(side.Dispatch(ScsEvent.FrameStart, &start));
        Assert.False(side.Dispatch(ScsEvent.FrameEnd, null));
        var (eventId, info) = Assert.Single(PluginProbe.Events);
        Assert.Equal(ScsEvent.FrameStart, eventId);
        Assert.Equal((nint)(&start), info);
    }

    [Fact]
    public void ClearRegistrations_RemovesEventsAndChannels()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterEvent(side, ScsEvent.FrameStart);
            PluginProbe.RegisterChannel(side, "truck.speed", ScsConstants.U32Nil, ScsValueType.Float);
        }

        side.ClearRegistrations();
        Assert.False(side.IsRegistered(ScsEvent.FrameStart));
        Assert.Empty(side.Channels);
    }

    [Fact]
    public void Log_FromPlugin_KeptWithTypeAndGameFormat()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.Log(side, ScsLogType.Warning, "low on something");
            PluginProbe.Log(side, ScsLogType.Message, "hello");
        }

        var warning = _log.Lines[0];
        Assert.Equal(ScsLogType.Warning, warning.Type);
        Assert.True(warning.FromPlugin);
        Assert.Matches(@"^\d\d:\d\d:\d\d\.\d\d\d : <WARNING> low on something$", warning.ToString());
        Assert.Matches(@"^\d\d:\d\d:\d\d\.\d\d\d : hello$", _log.Lines[1].ToString());
    }

    [Fact]
    public void Log_OutsideAnyGameCall_KeptAndFlagged()
    {
        using var side = GameSides.Create(_log);
        PluginProbe.Log(side, ScsLogType.Message, "from a worker thread");
        Assert.Contains(_log.Lines, l => l.Message == "from a worker thread");
        Assert.Contains(_log.Lines, l => l.Type == ScsLogType.Error && l.Message.Contains("not calling the plugin", StringComparison.Ordinal));
    }
}
