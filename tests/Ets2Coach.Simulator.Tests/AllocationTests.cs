using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

public class AllocationTests
{
    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    [InlineData(1000)]
    public void TryStep_WholeDrive_AllocatesNothingPerFrame(double rate)
    {
        var sim = new DriveSimulator(TestDrives.Options(DriverProfile.Reckless, 3, rate, NoiseLevel.High, 6));
        var events = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];

        // Warm up (JIT), then measure a whole drive on this thread.
        for (var i = 0; i < 200; i++)
        {
            sim.TryStep(out _, events, out _, out _);
        }

        sim.Reset();
        var before = GC.GetAllocatedBytesForCurrentThread();
        long frames = 0;
        while (sim.TryStep(out _, events, out _, out _))
        {
            frames++;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(sim.TotalFrames, frames);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TryStep_SpanTooSmall_ThrowsWithTheRequiredSize()
    {
        var sim = new DriveSimulator(TestDrives.Options(DriverProfile.Careful, 1, minutes: 3));
        var e = Assert.Throws<ArgumentException>(() => sim.TryStep(out _, new TelemetryEvent[2], out _, out _));
        Assert.Contains(DriveSimulator.MaxEventsPerFrame.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }
}
