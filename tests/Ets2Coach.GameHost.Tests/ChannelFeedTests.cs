using Ets2Coach.GameHost.Logging;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests;

/// <summary>When the game calls a channel callback, and with what (flags, availability, conversion).</summary>
public sealed class ChannelFeedTests : IDisposable
{
    private const uint Nil = ScsConstants.U32Nil;
    private readonly GameLog _log = new();

    public void Dispose()
    {
        PluginProbe.Reset();
        _log.Dispose();
    }

    [Fact]
    public void FlagNone_CalledOnFirstFrameAndWhenTheValueChanges()
    {
        using var side = Register("truck.speed", ScsValueType.Float, ScsChannelFlags.None);
        float?[] speeds = [10, 10, 11, 11, 10];
        foreach (var speed in speeds)
        {
            side.DeliverChannels(Frame(speed));
        }

        Assert.Equal([10f, 11f, 10f], PluginProbe.ChannelCalls.Select(c => c.Value!.Value.value_float));
    }

    [Fact]
    public void EachFrame_CalledEveryFrameEvenUnchanged()
    {
        using var side = Register("truck.speed", ScsValueType.Float, ScsChannelFlags.EachFrame);
        for (var i = 0; i < 4; i++)
        {
            side.DeliverChannels(Frame(5));
        }

        Assert.Equal(4, PluginProbe.ChannelCalls.Count);
        Assert.All(PluginProbe.ChannelCalls, c => Assert.Equal("truck.speed", c.Name));
        Assert.All(PluginProbe.ChannelCalls, c => Assert.Equal(Nil, c.Index));
    }

    [Fact]
    public void Unavailable_WithoutNoValue_NotDelivered()
    {
        using var side = Register("truck.speed", ScsValueType.Float, ScsChannelFlags.EachFrame);
        side.DeliverChannels(Frame(null));
        side.DeliverChannels(Frame(null));
        Assert.Empty(PluginProbe.ChannelCalls);
        side.DeliverChannels(Frame(7));
        Assert.Equal(7f, Assert.Single(PluginProbe.ChannelCalls).Value!.Value.value_float);
    }

    [Fact]
    public void Unavailable_WithNoValue_DeliveredAsNullOnTransitions()
    {
        using var side = Register("truck.speed", ScsValueType.Float, ScsChannelFlags.NoValue);
        float?[] speeds = [3, null, null, 3, 3, null];
        foreach (var speed in speeds)
        {
            side.DeliverChannels(Frame(speed));
        }

        Assert.Equal([3f, null, 3f, null], PluginProbe.ChannelCalls.Select(c => c.Value?.value_float));
    }

    [Fact]
    public void Unavailable_WithNoValueAndEachFrame_NullEveryFrame()
    {
        using var side = Register("truck.speed", ScsValueType.Float, ScsChannelFlags.NoValue | ScsChannelFlags.EachFrame);
        side.DeliverChannels(Frame(null));
        side.DeliverChannels(Frame(null));
        Assert.Equal(2, PluginProbe.ChannelCalls.Count(c => c.Value is null));
    }

    [Fact]
    public void ChannelWithoutFrameField_OnlyEverNull()
    {
        using var side = Register("trailer.1.connected", ScsValueType.Bool, ScsChannelFlags.NoValue | ScsChannelFlags.EachFrame);
        side.DeliverChannels(new TelemetryFrame { ChannelsPresent = TelemetryChannels.All, Switches = TruckSwitches.TrailerConnected });
        Assert.Null(Assert.Single(PluginProbe.ChannelCalls).Value);
    }

    [Fact]
    public void TrailerZeroForms_BothFedFromTheFrame()
    {
        using var side = Register("trailer.0.connected", ScsValueType.Bool, ScsChannelFlags.EachFrame);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterChannel(side, "trailer.connected", Nil, ScsValueType.Bool, ScsChannelFlags.EachFrame);
        }

        side.DeliverChannels(new TelemetryFrame { ChannelsPresent = TelemetryChannels.TrailerConnected, Switches = TruckSwitches.TrailerConnected });
        Assert.Equal(2, PluginProbe.ChannelCalls.Count);
        Assert.All(PluginProbe.ChannelCalls, c => Assert.Equal(1, c.Value!.Value.value_bool));
    }

    [Fact]
    public void Placement_RegisteredAsEuler_GetsTheOrientation()
    {
        using var side = Register("truck.world.placement", ScsValueType.Euler, ScsChannelFlags.None);
        side.DeliverChannels(new TelemetryFrame
        {
            ChannelsPresent = TelemetryChannels.WorldPlacement,
            Position = new WorldPosition(1, 2, 3),
            Orientation = new Orientation(0.25f, 0.125f, -0.5f),
        });
        var value = Assert.Single(PluginProbe.ChannelCalls).Value!.Value;
        Assert.Equal(ScsValueType.Euler, value.type);
        Assert.Equal((0.25f, 0.125f, -0.5f), (value.value_euler.heading, value.value_euler.pitch, value.value_euler.roll));
    }

    [Fact]
    public void Switch_DeliveredAsOneByteBool()
    {
        using var side = Register("truck.light.beam.low", ScsValueType.Bool, ScsChannelFlags.None);
        side.DeliverChannels(new TelemetryFrame { ChannelsPresent = TelemetryChannels.LowBeam, Switches = TruckSwitches.LowBeam });
        side.DeliverChannels(new TelemetryFrame { ChannelsPresent = TelemetryChannels.LowBeam, Switches = TruckSwitches.HighBeam });
        Assert.Equal([(byte)1, (byte)0], PluginProbe.ChannelCalls.Select(c => c.Value!.Value.value_bool));
    }

    [Fact]
    public void Context_HandedBackUnchanged()
    {
        using var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            PluginProbe.RegisterChannel(side, "truck.engine.gear", Nil, ScsValueType.S32, context: 0x1234);
        }

        side.DeliverChannels(new TelemetryFrame { ChannelsPresent = TelemetryChannels.EngineGear, EngineGear = -2 });
        var call = Assert.Single(PluginProbe.ChannelCalls);
        Assert.Equal(0x1234, call.Context);
        Assert.Equal(-2, call.Value!.Value.value_s32);
    }

    private GameSide Register(string name, ScsValueType type, ScsChannelFlags flags)
    {
        var side = GameSides.Create(_log);
        using (side.Enter(GameCall.Init))
        {
            Assert.Equal(ScsResult.Ok, PluginProbe.RegisterChannel(side, name, Nil, type, flags));
        }

        return side;
    }

    private static TelemetryFrame Frame(float? speed) => speed is { } s
        ? new TelemetryFrame { ChannelsPresent = TelemetryChannels.Speed, SpeedMps = s }
        : new TelemetryFrame { ChannelsPresent = TelemetryChannels.All & ~TelemetryChannels.Speed, SpeedMps = 99 };
}
