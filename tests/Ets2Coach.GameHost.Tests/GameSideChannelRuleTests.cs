using Ets2Coach.GameHost.Logging;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests;

/// <summary>register_for_channel / unregister_from_channel as the game answers them (fact sheet §2.6, §3.3, §4).</summary>
public sealed unsafe class GameSideChannelRuleTests : IDisposable
{
    private const uint Nil = ScsConstants.U32Nil;
    private readonly GameLog _log = new();

    public void Dispose()
    {
        PluginProbe.Reset();
        _log.Dispose();
    }

    [Theory]
    [InlineData("truck.speed", ScsValueType.Float)]
    [InlineData("truck.speed", ScsValueType.Double)]
    [InlineData("truck.world.placement", ScsValueType.DPlacement)]
    [InlineData("truck.world.placement", ScsValueType.FPlacement)]
    [InlineData("truck.world.placement", ScsValueType.Euler)]
    [InlineData("truck.world.placement", ScsValueType.DVector)]
    [InlineData("truck.local.velocity.linear", ScsValueType.DVector)]
    [InlineData("truck.light.aux.front", ScsValueType.U64)]
    [InlineData("trailer.connected", ScsValueType.Bool)]
    [InlineData("trailer.0.connected", ScsValueType.Bool)]
    [InlineData("trailer.9.world.placement", ScsValueType.DPlacement)]
    public void RegisterForChannel_KnownChannelAndConvertibleType_Ok(string name, ScsValueType type)
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, name, Nil, type));
        Assert.Single(side.Channels);
    }

    [Fact]
    public void RegisterForChannel_UnknownChannel_NotFoundWithGamesLogLine()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "truck.parking_brake", Nil, ScsValueType.Bool));
        var line = Assert.Single(_log.Lines);
        Assert.Equal(ScsLogType.Error, line.Type);
        Assert.EndsWith(": <ERROR> [sdk] prism::sdk::lookup_channel: channel 'truck.parking_brake' not found", line.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterForChannel_RefusedChannel_NotFoundIncludingNumberedTrailerForms()
    {
        using var side = GameSides.Create(_log, refused: ["truck.hazard.warning", "trailer.connected"]);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "truck.hazard.warning", Nil, ScsValueType.Bool));
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "trailer.connected", Nil, ScsValueType.Bool));
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "trailer.0.connected", Nil, ScsValueType.Bool));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.lblinker", Nil, ScsValueType.Bool));
    }

    [Fact]
    public void RegisterForChannel_ChannelNewerThanSchema_NotFound()
    {
        using var side = GameSides.Create(_log, schema: ScsVersions.Make(1, 13));
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "truck.hazard.warning", Nil, ScsValueType.Bool));
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "trailer.0.connected", Nil, ScsValueType.Bool));
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "job.cargo.damage", Nil, ScsValueType.Float));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "trailer.connected", Nil, ScsValueType.Bool));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.navigation.speed.limit", Nil, ScsValueType.Float));
    }

    [Fact]
    public void RegisterForChannel_AdBlueOnAts_NotFound()
    {
        using var side = GameSides.Create(_log, gameId: ScsGameId.Ats);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.NotFound, PluginProbe.RegisterChannel(side, "truck.adblue", Nil, ScsValueType.Float));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.fuel.amount", Nil, ScsValueType.Float));
    }

    [Fact]
    public void RegisterForChannel_ArrayChannelWithNil_InvalidParameterAndLogged()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.InvalidParameter, PluginProbe.RegisterChannel(side, "truck.hshifter.select", Nil, ScsValueType.Bool));
        Assert.Contains(_log.Lines, l => l.Message.Contains("is not valid parameter for array channel 'truck.hshifter.select'", StringComparison.Ordinal));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.hshifter.select", 1, ScsValueType.Bool));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.wheel.on_ground", 13, ScsValueType.Bool));
    }

    [Fact]
    public void RegisterForChannel_NonArrayChannelWithIndex_InvalidParameter()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.InvalidParameter, PluginProbe.RegisterChannel(side, "truck.speed", 0, ScsValueType.Float));
    }

    [Theory]
    [InlineData("truck.light.aux.front", ScsValueType.Bool)]
    [InlineData("truck.speed", ScsValueType.S32)]
    [InlineData("truck.engine.gear", ScsValueType.S64)]
    [InlineData("truck.local.velocity.linear", ScsValueType.Euler)]
    [InlineData("truck.lblinker", ScsValueType.U32)]
    public void RegisterForChannel_TypeTheChannelCannotProvide_UnsupportedType(string name, ScsValueType type)
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.UnsupportedType, PluginProbe.RegisterChannel(side, name, Nil, type));
        Assert.Contains(_log.Lines, l => l.Type == ScsLogType.Error && l.Message.Contains("[sdk]", StringComparison.Ordinal));
    }

    [Fact]
    public void RegisterForChannel_SameNameIndexAndType_AlreadyRegistered_OtherTypeAccepted()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float));
        Assert.Equal(ScsResult.AlreadyRegistered, PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float, ScsChannelFlags.EachFrame));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Double));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.wheel.rotation", 0, ScsValueType.Float));
        Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, "truck.wheel.rotation", 1, ScsValueType.Float));
        Assert.Equal(ScsResult.AlreadyRegistered, PluginProbe.RegisterChannel(side, "truck.wheel.rotation", 1, ScsValueType.Float));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(14u)]
    public void RegisterForChannel_InvalidTypeValue_InvalidParameter(uint type)
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.InvalidParameter, PluginProbe.RegisterChannel(side, "truck.speed", Nil, (ScsValueType)type));
    }

    [Fact]
    public void RegisterForChannel_UnknownFlagsOrNullCallback_InvalidParameter()
    {
        using var side = GameSides.Create(_log);
        using var scope = side.Enter(GameCall.Init);
        Assert.Equal(ScsResult.InvalidParameter, PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float, (ScsChannelFlags)4));
        fixed (byte* name = "truck.speed\0"u8)
        {
            Assert.Equal(ScsResult.InvalidParameter, (ScsResult)side.InitParams->register_for_channel(name, Nil, (uint)ScsValueType.Float, 0, null, null));
        }
    }

    [Fact]
    public void RegisterForChannel_FromEventCallback_AcceptedAndFromChannelCallback_NotNow()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterEvent(side, ScsEvent.Configuration);
        }

        var fromEvent = ScsResult.GenericError;
        PluginProbe.OnEvent = _ => fromEvent = PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float, ScsChannelFlags.EachFrame);
        side.Dispatch(ScsEvent.Configuration, null);
        Assert.Equal(ScsResult.Ok, fromEvent);

        var fromChannel = new List<ScsResult>();
        PluginProbe.OnChannel = () =>
        {
            fromChannel.Add(PluginProbe.RegisterChannel(side, "truck.engine.rpm", Nil, ScsValueType.Float));
            fromChannel.Add(PluginProbe.UnregisterChannel(side, "truck.speed", Nil, ScsValueType.Float));
        };
        side.DeliverChannels(new TelemetryFrame { ChannelsPresent = TelemetryChannels.All, SpeedMps = 3 });
        Assert.Equal([ScsResult.NotNow, ScsResult.NotNow], fromChannel);
        Assert.Single(side.Channels);
    }

    [Fact]
    public void RegisterForChannel_FromShutdownOrOutsideCalls_NotNow()
    {
        using var side = GameSides.Create(_log);
        Assert.Equal(ScsResult.NotNow, PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float));
        using var scope = side.Enter(GameCall.Shutdown);
        Assert.Equal(ScsResult.NotNow, PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float));
    }

    [Fact]
    public void UnregisterFromChannel_ExactTriple_RemovesItOtherwiseNotFound()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Float);
            PluginProbe.RegisterChannel(side, "truck.speed", Nil, ScsValueType.Double);
            Assert.Equal(ScsResult.NotFound, PluginProbe.UnregisterChannel(side, "truck.engine.rpm", Nil, ScsValueType.Float));
        }

        using (side.Enter(GameCall.Shutdown))
        {
            Assert.Equal(ScsResult.Ok, PluginProbe.UnregisterChannel(side, "truck.speed", Nil, ScsValueType.Double));
            Assert.Equal(ScsResult.NotFound, PluginProbe.UnregisterChannel(side, "truck.speed", Nil, ScsValueType.Double));
        }

        Assert.Equal(ScsResult.NotNow, PluginProbe.UnregisterChannel(side, "truck.speed", Nil, ScsValueType.Float));
        var left = Assert.Single(side.Channels);
        Assert.Equal(ScsValueType.Float, left.Type);
    }
}
