using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.Sources;

public sealed class TelemetryPumpTests
{
    [Theory]
    [InlineData(64, 64)]
    [InlineData(2, 1)]
    public void Pump_SharedMemorySource_DeliversEachEventBeforeItsFrame(int frameBatch, int eventBatch)
    {
        using var f = ReaderFixture.Running(frameCapacity: 64, eventCapacity: 16);
        var expected = new List<string>();
        void Event(TelemetryEventKind kind)
        {
            var n = f.W.PublishEvent(TelemetryEvent.ForState(0, 0, 0, kind));
            expected.Add($"e{n}@{f.W.FramesWritten + 1}");
        }

        void Frame(int i)
        {
            var n = f.W.PublishFrame(ReaderFixture.SampleFrame(i));
            expected.Add($"f{n}");
        }

        Event(TelemetryEventKind.Started);
        Frame(1);
        Event(TelemetryEventKind.Paused);
        Event(TelemetryEventKind.Started);
        Frame(2);
        Frame(3);
        Event(TelemetryEventKind.TimerRestart);
        Frame(4);
        Event(TelemetryEventKind.Paused); // belongs to frame 5, not yet published: held back

        var consumer = new RecordingConsumer();
        var pump = new TelemetryPump(frameBatch, eventBatch);
        while (pump.Pump(f.Source, consumer) > 0)
        {
        }

        Assert.Equal(expected[..^1], consumer.Log);

        Frame(5);
        pump.Pump(f.Source, consumer);
        Assert.Equal(expected, consumer.Log);
    }

    [Fact]
    public void Pump_OneFramePerCall_AllocatesNothing()
    {
        // Live at 60 Hz each Pump call finds about one frame: the pump must not allocate per call.
        using var f = ReaderFixture.Running(frameCapacity: 64, eventCapacity: 16);
        var pump = new TelemetryPump(64, 16);
        var consumer = new CountingConsumer();
        var frame = ReaderFixture.SampleFrame(1);
        var started = TelemetryEvent.ForState(0, 0, 0, TelemetryEventKind.Started);
        for (var i = 0; i < 1_000; i++)
        {
            f.W.PublishFrame(frame);
            pump.Pump(f.Source, consumer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20_000; i++)
        {
            if (i % 10 == 0)
            {
                f.W.PublishEvent(started);
            }

            f.W.PublishFrame(frame);
            pump.Pump(f.Source, consumer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(21_000, consumer.Frames);
        Assert.Equal(2_000, consumer.Events);
    }

    private sealed class CountingConsumer : ITelemetryConsumer
    {
        public long Frames { get; private set; }

        public long Events { get; private set; }

        public void OnEvent(in TelemetryEvent telemetryEvent) => Events++;

        public void OnFrame(in TelemetryFrame frame) => Frames++;
    }

    private sealed class RecordingConsumer : ITelemetryConsumer
    {
        public List<string> Log { get; } = [];

        public void OnEvent(in TelemetryEvent telemetryEvent) => Log.Add($"e{telemetryEvent.EventNumber}@{telemetryEvent.FrameNumber}");

        public void OnFrame(in TelemetryFrame frame) => Log.Add($"f{frame.FrameNumber}");
    }
}
