using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

public sealed class ReaderAllocationTests
{
    [Fact]
    public void ReadFramesAndEvents_HundredThousandFrames_AllocateNothing()
    {
        using var f = ReaderFixture.Running(frameCapacity: 4096, eventCapacity: 1024);
        var frames = new TelemetryFrame[256];
        var events = new TelemetryEvent[64];
        var frame = ReaderFixture.SampleFrame(1);
        var paused = TelemetryEvent.ForState(0, 0, 0, TelemetryEventKind.Paused);

        // Warm up (JIT, tiering) before measuring.
        Publish(f, frame, paused, 4000);
        Drain(f, frames, events);

        long allocated = 0;
        long read = 0;
        while (read < 100_000)
        {
            Publish(f, frame, paused, 4000);
            var before = GC.GetAllocatedBytesForCurrentThread();
            read += Drain(f, frames, events);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, allocated);
        Assert.Equal(0, f.Source.Status.FramesLost);
        Assert.True(read >= 100_000);
    }

    private static void Publish(ReaderFixture f, TelemetryFrame frame, TelemetryEvent e, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 16 == 0)
            {
                f.W.PublishEvent(e);
            }

            f.W.PublishFrame(frame);
        }
    }

    private static long Drain(ReaderFixture f, TelemetryFrame[] frames, TelemetryEvent[] events)
    {
        long total = 0;
        int n;
        while ((n = f.Source.ReadFrames(frames)) > 0)
        {
            total += n;
            while (f.Source.ReadEvents(events) > 0)
            {
            }
        }

        return total;
    }
}
