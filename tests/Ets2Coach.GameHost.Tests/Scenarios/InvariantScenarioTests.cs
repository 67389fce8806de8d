using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests.Scenarios;

public sealed class InvariantScenarioTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(4095L)]
    [InlineData(1_000_003L)]
    public void TryVerify_GeneratedFrame_AcceptedWithItsIndex(long index)
    {
        Assert.True(InvariantScenario.TryVerify(InvariantScenario.Frame(index), out var verified, out var error), error);
        Assert.Equal(index, verified);
    }

    [Fact]
    public void Frame_ConsecutiveFrames_DifferInEveryNonSwitchChannel()
    {
        var a = InvariantScenario.Frame(100);
        var b = InvariantScenario.Frame(101);
        Assert.NotEqual(a.SpeedMps, b.SpeedMps);
        Assert.NotEqual(a.EngineGear, b.EngineGear);
        Assert.NotEqual(a.Position, b.Position);
        Assert.NotEqual(a.TrailerOrientation, b.TrailerOrientation);
        Assert.NotEqual(a.NavigationTimeS, b.NavigationTimeS);
        Assert.NotEqual(a.GameTimeMinutes, b.GameTimeMinutes);
    }

    [Fact]
    public void TryVerify_FieldFromAnotherFrame_RejectedNamingTheChannel()
    {
        // A torn read: the slot's next occupant (capacity 4096 later) half-written over it.
        var torn = InvariantScenario.Frame(10) with { EngineRpm = InvariantScenario.Frame(10 + 4096).EngineRpm };
        Assert.False(InvariantScenario.TryVerify(torn, out var index, out var error));
        Assert.Equal(10, index);
        Assert.Contains("EngineRpm", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryVerify_EveryCorruptedByte_Rejected()
    {
        var good = InvariantScenario.Frame(77);
        var bytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in good)).ToArray();
        for (var offset = 8; offset < 308; offset++)
        {
            // events_published is the plugin's; channels_present is the same in every scenario frame, so a
            // torn read cannot change it, and a clear bit (a refused channel) only exempts its field.
            if (offset is >= 32 and < 48)
            {
                continue;
            }

            var corrupted = (byte[])bytes.Clone();
            corrupted[offset] ^= 0x5A;
            var frame = MemoryMarshal.Read<TelemetryFrame>(corrupted);
            Assert.False(InvariantScenario.TryVerify(frame, out _, out _), $"corruption at byte {offset} not detected");
        }
    }

    [Fact]
    public void TryVerify_ClearChannelBit_FieldNotChecked()
    {
        var frame = InvariantScenario.Frame(5) with { ChannelsPresent = TelemetryChannels.All & ~TelemetryChannels.Speed, SpeedMps = 0 };
        Assert.True(InvariantScenario.TryVerify(frame, out _, out var error), error);
    }

    [Fact]
    public void TryVerify_PausedFrameWithEarlierChannelValues_Accepted()
    {
        var frozen = InvariantScenario.Frame(40);
        var times = InvariantScenario.Frame(45);
        var paused = frozen with
        {
            SimulationTimeUs = times.SimulationTimeUs,
            RenderTimeUs = times.RenderTimeUs,
            PausedSimulationTimeUs = times.PausedSimulationTimeUs,
            State = FrameState.Paused,
        };
        Assert.True(InvariantScenario.TryVerify(paused, out var index, out var error), error);
        Assert.Equal(45, index);

        // The same values without the pause flag: a running frame must be exactly its own index.
        Assert.False(InvariantScenario.TryVerify(paused with { State = FrameState.None }, out _, out _));
    }

    [Fact]
    public void TryVerify_PausedFrameWithValuesFromTheFuture_Rejected()
    {
        var times = InvariantScenario.Frame(45);
        var paused = InvariantScenario.Frame(50) with
        {
            SimulationTimeUs = times.SimulationTimeUs,
            RenderTimeUs = times.RenderTimeUs,
            PausedSimulationTimeUs = times.PausedSimulationTimeUs,
            State = FrameState.Paused,
        };
        Assert.False(InvariantScenario.TryVerify(paused, out _, out _));
    }

    [Fact]
    public void TryVerify_TimeOffTheGrid_Rejected()
    {
        var frame = InvariantScenario.Frame(3) with { SimulationTimeUs = InvariantScenario.Frame(3).SimulationTimeUs + 1 };
        Assert.False(InvariantScenario.TryVerify(frame, out _, out var error));
        Assert.Contains("grid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_CyclesThroughEveryGameplayKindAndOffence()
    {
        var events = Enumerable.Range(0, InvariantScenario.EventCycleLength).Select(k => InvariantScenario.Event(k)).ToList();
        Assert.Equal(
            [TelemetryEventKind.JobCancelled, TelemetryEventKind.JobDelivered, TelemetryEventKind.PlayerFined, TelemetryEventKind.TollgatePaid, TelemetryEventKind.FerryUsed, TelemetryEventKind.TrainUsed, TelemetryEventKind.GameplayOther],
            events.Select(e => e.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<Offence>().Order(), events.Where(e => e.Kind == TelemetryEventKind.PlayerFined).Select(e => e.Offence).Order());
    }

    [Fact]
    public void TryVerifyEvent_EventAtItsFrame_AcceptedAndCorruptedRejected()
    {
        var played = InvariantScenario.Event(18) with { SimulationTimeUs = InvariantScenario.Frame(18 * 5).SimulationTimeUs, EventNumber = 99, FrameNumber = 91 };
        Assert.True(InvariantScenario.TryVerifyEvent(played, 5, out var k, out var error), error);
        Assert.Equal(18, k);

        var wrongFrame = played with { SimulationTimeUs = InvariantScenario.Frame(18 * 5 + 1).SimulationTimeUs };
        Assert.False(InvariantScenario.TryVerifyEvent(wrongFrame, 5, out _, out _));

        var bytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in played)).ToArray();
        bytes[TelemetryEvent.PayloadOffset + 12] ^= 1; // cargo damage
        Assert.False(InvariantScenario.TryVerifyEvent(MemoryMarshal.Read<TelemetryEvent>(bytes), 5, out _, out _));
    }
}
