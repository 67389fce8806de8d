using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Reading;

/// <summary>Runs alone: the read buffers it checks are shared with other replays in the process.</summary>
[CollectionDefinition(nameof(ReplayAllocationTests), DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(nameof(ReplayAllocationTests))]
public sealed class ReplayAllocationTests
{
    [Fact]
    public async Task TryOpen_OneFileAfterAnother_ReusesTheReadBuffers()
    {
        var file = await Drives.RecordAsync(Drives.Stream(seed: 23, frameCount: 60 * 60, configurationChanges: false));
        var frames = new TelemetryFrame[256];
        var events = new TelemetryEvent[64];
        Assert.Equal(60 * 60, ReplayAll(file, frames, events)); // the first replay creates the scanner, chunk, event and codec buffers

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = ReplayAll(file, frames, events);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(60 * 60, read);

        // The header and the source's own objects remain (2.6 KB here); the 64 KB scanner buffer, the
        // chunk's frames and events and the ~60 KB decoder (~110 KB in all) are reused.
        Assert.InRange(allocated, 0, 8 * 1024);
    }

    private static long ReplayAll(byte[] file, TelemetryFrame[] frames, TelemetryEvent[] events)
    {
        using var source = Drives.Open(file);
        long read = 0;
        int n;
        while ((n = source.ReadFrames(frames)) > 0)
        {
            read += n;
            source.ReadEvents(events);
        }

        return read;
    }
}
