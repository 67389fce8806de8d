using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

/// <summary>Linux: the plugin unlinks its object at shutdown and creates a new one at the next init.</summary>
public sealed class ReplacementTests
{
    [Fact]
    public void Source_ObjectReplacedUnderSameName_DrainsOldThenFollowsNew()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // POSIX shared memory names are files under /dev/shm only on Linux.
        }

        var name = TestBlockWriter.UniqueName();
        var time = new ManualTimeProvider();
        using var first = TestBlockWriter.CreateShm(name, generation: 1);
        for (var i = 0; i < 3; i++)
        {
            first.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        using var source = new SharedMemoryTelemetrySource(ReaderFixture.Options(time) with { Name = name });
        var buffer = new TelemetryFrame[64];
        Assert.Equal(3, source.ReadFrames(buffer));

        // Game exit: two last frames, CLOSED, unlink; then the next game creates a new object.
        first.PublishFrame(ReaderFixture.SampleFrame(3));
        first.PublishFrame(ReaderFixture.SampleFrame(4));
        first.SetState(TestBlockWriter.StateClosed);
        first.Unlink();
        using var second = TestBlockWriter.CreateShm(name, generation: 2);
        for (var i = 0; i < 4; i++)
        {
            second.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        Assert.Equal([4UL, 5UL], Read(source, buffer));
        Assert.Empty(Read(source, buffer));
        Assert.Equal(TelemetrySourceState.WriterClosed, source.Status.State);

        time.Advance(TimeSpan.FromMilliseconds(300));
        source.ReadFrames(buffer); // looks again by name, finds generation 2
        Assert.Equal([1UL, 2UL, 3UL, 4UL], Read(source, buffer));

        var s = source.Status;
        Assert.Equal((TelemetrySourceState.Connected, 2UL, 1), (s.State, s.WriterGeneration, s.WriterRestarts));
        Assert.Equal((9, 0, 0), (s.FramesRead, s.FramesLost, s.FramesTorn));
    }

    [Fact]
    public void Source_NoObjectUnderName_WaitsForGameWithoutError()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = TestBlockWriter.UniqueName() });

        Assert.Equal(0, source.ReadFrames(new TelemetryFrame[4]));
        Assert.Equal(TelemetrySourceState.WaitingForGame, source.Status.State);
        Assert.Null(source.Status.Error);
        Assert.StartsWith("/dev/shm/e2c-test-", source.Location, StringComparison.Ordinal);
    }

    private static ulong[] Read(SharedMemoryTelemetrySource source, TelemetryFrame[] buffer)
    {
        var n = source.ReadFrames(buffer);
        return buffer.AsSpan(0, n).ToArray().Select(f => f.FrameNumber).ToArray();
    }
}
