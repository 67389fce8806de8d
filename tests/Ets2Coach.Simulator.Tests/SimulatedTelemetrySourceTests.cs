using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

public class SimulatedTelemetrySourceTests
{
    private sealed class Collector(SimulatedTelemetrySource source) : ITelemetryConsumer
    {
        public List<TelemetryFrame> Frames { get; } = [];

        public List<TelemetryEvent> Events { get; } = [];

        public List<(ulong EventNumber, TelemetryConfiguration Configuration)> ConfigurationSeen { get; } = [];

        public ulong LastFrame { get; private set; }

        public void OnEvent(in TelemetryEvent telemetryEvent)
        {
            // An event comes before the frame it belongs to, never after.
            Assert.True(telemetryEvent.FrameNumber > LastFrame, $"event {telemetryEvent.EventNumber} for frame {telemetryEvent.FrameNumber} arrived after frame {LastFrame}");
            Events.Add(telemetryEvent);
            if (telemetryEvent.Kind == TelemetryEventKind.Configuration)
            {
                ConfigurationSeen.Add((telemetryEvent.EventNumber, source.Configuration));
            }
        }

        public void OnFrame(in TelemetryFrame frame)
        {
            Assert.Equal(LastFrame + 1, frame.FrameNumber);
            Assert.Equal((ulong)Events.Count, frame.EventsPublished);
            LastFrame = frame.FrameNumber;
            Frames.Add(frame);
        }
    }

    [Fact]
    public async Task Pump_WholeDrive_EventsBeforeTheirFramesAndEndedAtTheEnd()
    {
        var sim = new DriveSimulator(TestDrives.Options(DriverProfile.Reckless, 2, minutes: 8));
        using var source = new SimulatedTelemetrySource(sim);
        Assert.Same(TelemetryConfiguration.Empty, source.Configuration);
        var collector = new Collector(source);
        var pump = new TelemetryPump(frameBatch: 100, eventBatch: 3);
        while (await source.WaitAsync(CancellationToken.None))
        {
            pump.Pump(source, collector);
        }

        pump.Pump(source, collector);
        Assert.Equal(sim.TotalFrames, collector.Frames.Count);
        Assert.Equal(TelemetrySourceState.Ended, source.Status.State);
        Assert.Equal(sim.TotalFrames, source.Status.FramesRead);
        Assert.Equal(collector.Events.Count, source.Status.EventsRead);
        Assert.Equal(Enumerable.Range(1, collector.Events.Count).Select(i => (ulong)i), collector.Events.Select(e => e.EventNumber));
        Assert.False(await source.WaitAsync(CancellationToken.None));
        Assert.Equal(0, source.ReadFrames(new TelemetryFrame[4]));
    }

    [Fact]
    public async Task Configuration_FollowsTheConfigurationEventsAsTheyAreRead()
    {
        var sim = new DriveSimulator(TestDrives.Options(DriverProfile.Careful, 1, minutes: 6));
        using var source = new SimulatedTelemetrySource(sim);
        var collector = new Collector(source);
        var pump = new TelemetryPump();
        while (await source.WaitAsync(CancellationToken.None))
        {
            pump.Pump(source, collector);
        }

        var job = collector.ConfigurationSeen.Last(c => c.Configuration.Job is not null);
        Assert.Equal(sim.InitialConfiguration, job.Configuration);
        Assert.Null(collector.ConfigurationSeen[^1].Configuration.Job);
        Assert.Null(source.Configuration.Job);
    }

    [Fact]
    public void ReadEvents_BeforeAnyFrame_NothingReady()
    {
        using var source = new SimulatedTelemetrySource(new DriveSimulator(TestDrives.Options(DriverProfile.Careful, 1, minutes: 3)));
        Assert.Equal(0, source.ReadEvents(new TelemetryEvent[8]));
        Assert.Equal(TelemetrySourceState.Connected, source.Status.State);
        Assert.Equal("eut2", source.Status.Writer!.GameId);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        using var source = new SimulatedTelemetrySource(new DriveSimulator(TestDrives.Options(DriverProfile.Careful, 1, minutes: 3)));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.WaitAsync(cts.Token).AsTask());
    }

    [Fact]
    public async Task Dispose_EndsTheSource()
    {
        var source = new SimulatedTelemetrySource(new DriveSimulator(TestDrives.Options(DriverProfile.Careful, 1, minutes: 3)));
        source.Dispose();
        Assert.False(await source.WaitAsync(CancellationToken.None));
        Assert.Equal(0, source.ReadFrames(new TelemetryFrame[4]));
    }
}
