using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;
using Microsoft.Extensions.Time.Testing;

namespace Ets2Coach.Recording.Tests.Reading;

public sealed class DriveFileTelemetrySourceTests
{
    private static readonly Lazy<byte[]> s_file = new(() => Drives.RecordAsync(Drives.Stream(seed: 21, frameCount: 60 * 20)).GetAwaiter().GetResult());

    [Fact]
    public void ReadFrames_OriginalPace_ReleasesFramesAsTheClockAdvances()
    {
        var clock = new FakeTimeProvider();
        using var source = Drives.Open(s_file.Value, new DriveReplayOptions { Pace = ReplayPace.Original, TimeProvider = clock });
        var buffer = new TelemetryFrame[4096];

        var atStart = source.ReadFrames(buffer);
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterTwoSeconds = source.ReadFrames(buffer);

        Assert.Equal(1, atStart);
        Assert.InRange(afterTwoSeconds, 115, 122); // ~60 Hz with jittering steps
        Assert.True(buffer[afterTwoSeconds - 1].SimulationTimeUs - buffer[0].SimulationTimeUs <= 2_000_000 + 17_000);
    }

    [Fact]
    public void ReadFrames_SpeedFactorFour_PlaysFourTimesFaster()
    {
        var clock = new FakeTimeProvider();
        using var source = Drives.Open(s_file.Value, new DriveReplayOptions { Pace = ReplayPace.Original, SpeedFactor = 4, TimeProvider = clock });
        var buffer = new TelemetryFrame[4096];
        source.ReadFrames(buffer);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.InRange(source.ReadFrames(buffer), 234, 242);
    }

    [Fact]
    public async Task WaitAsync_OriginalPace_CompletesWhenTheNextFrameIsDue()
    {
        var clock = new FakeTimeProvider();
        using var source = Drives.Open(s_file.Value, new DriveReplayOptions { Pace = ReplayPace.Original, TimeProvider = clock });
        var buffer = new TelemetryFrame[16];
        source.ReadFrames(buffer);

        var wait = source.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(20));

        Assert.True(await wait);
        Assert.Equal(1, source.ReadFrames(buffer));
    }

    [Fact]
    public async Task WaitAsync_AfterEverythingWasRead_ReturnsFalse()
    {
        using var source = Drives.Open(s_file.Value);
        var frames = new TelemetryFrame[512];
        var events = new TelemetryEvent[64];
        while (source.ReadFrames(frames) > 0)
        {
            source.ReadEvents(events);
        }

        while (source.ReadEvents(events) > 0)
        {
        }

        Assert.False(await source.WaitAsync(CancellationToken.None));
        Assert.Equal(TelemetrySourceState.Ended, source.Status.State);
        Assert.Equal(60 * 20, source.Status.FramesRead);
    }

    [Fact]
    public async Task ReadFrames_AsFastAsPossible_AllocatesNothingPerFrame()
    {
        var file = await Drives.RecordAsync(Drives.Stream(seed: 22, frameCount: 60 * 120, configurationChanges: false));
        using var source = Drives.Open(file);
        var frames = new TelemetryFrame[1024];
        var events = new TelemetryEvent[256];
        for (var i = 0; i < 2; i++)
        {
            source.ReadFrames(frames); // warm-up: buffers reach their working size
            source.ReadEvents(events);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        long read = 0;
        int n;
        while ((n = source.ReadFrames(frames)) > 0)
        {
            read += n;
            source.ReadEvents(events);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(read, 5_000, 60 * 120);
        Assert.Equal(0, allocated); // the configuration change in the file builds one object graph
    }
}
