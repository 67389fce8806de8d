using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Recording.Writing;

namespace Ets2Coach.Recording.Tests.Writing;

public sealed class DriveRecorderTests
{
    [Fact]
    public async Task OnFrame_DiskFullMidDrive_RecorderFailsWithOneLineAndCallerGoesOn()
    {
        var items = Drives.Stream(seed: 3, frameCount: 60 * 120);
        var disk = new FailingStream(capacity: 40_000);
        var recorder = DriveRecorder.Create(disk, "drive.e2cd", Drives.Options() with { DropWhenBehind = true });

        // Every call returns normally although the disk fills up part-way.
        foreach (var item in items)
        {
            Drives.Feed(recorder, [item]);
            if (recorder.Status.State == RecorderState.Failed)
            {
                break;
            }

            await Task.Yield();
        }

        for (var i = 0; i < 1000 && recorder.Status.State != RecorderState.Failed; i++)
        {
            await Task.Delay(5);
        }

        Drives.Feed(recorder, items); // after the failure: ignored, never throws
        await recorder.DisposeAsync();

        var status = recorder.Status;
        Assert.Equal(RecorderState.Failed, status.State);
        Assert.StartsWith("Recording stopped: drive.e2cd: No space left on device (", status.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', status.Message!);
        Assert.True(status.FramesWritten > 0);

        // What reached the disk is still a readable drive: every complete chunk, then a cut-off tail.
        Assert.True(DriveFileInspector.TryInspect(new MemoryStream(disk.Written), "drive.e2cd", out var report, out var error), error);
        Assert.Equal(status.FramesWritten, report.FrameCount);
        Assert.True(report.Damage.Count <= 1);
    }

    [Fact]
    public async Task TryCreate_ExistingFile_RefusesWithReasonUnlessOverwrite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"e2c-{Guid.NewGuid():N}.e2cd");
        await File.WriteAllTextAsync(path, "keep me");
        try
        {
            Assert.False(DriveRecorder.TryCreate(path, Drives.Options(), out _, out var error));
            Assert.StartsWith($"Cannot record to {path}: ", error, StringComparison.Ordinal);
            Assert.Equal("keep me", await File.ReadAllTextAsync(path));

            Assert.True(DriveRecorder.TryCreate(path, Drives.Options() with { Overwrite = true }, out var recorder, out error), error);
            Drives.Feed(recorder, Drives.Stream(seed: 4, frameCount: 200));
            await recorder.DisposeAsync();
            Assert.Equal(RecorderState.Stopped, recorder.Status.State);
            Assert.True(DriveFileInspector.TryInspect(path, out var report, out error), error);
            Assert.Equal(200, report.FrameCount);
            Assert.True(report.IsIntact);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Chunks_SplitByAboutOneSecondOfSimulationTime()
    {
        var file = await Drives.RecordAsync(Drives.Stream(seed: 5, frameCount: 60 * 30));

        Assert.True(DriveFileInspector.TryInspect(new MemoryStream(file), "drive.e2cd", out var report, out var error), error);
        Assert.InRange(report.Chunks.Count, 29, 32);
        Assert.All(report.Chunks.SkipLast(1), c => Assert.InRange(c.EndSeconds - c.StartSeconds, 0.9, 1.0));
        Assert.Equal(Enumerable.Range(0, report.Chunks.Count).Select(i => (uint)i), report.Chunks.Select(c => c.Index));
    }

    [Fact]
    public async Task OnFrameAndOnEvent_WriterStalled_AllocateNothingAndDropNothingWithinTheBacklog()
    {
        // The writer lags (here: the disk stops answering, in CI: a starved thread pool) while the caller
        // goes on: the caller's path must neither allocate nor drop while the backlog is within its bound.
        var items = Drives.Stream(seed: 6, frameCount: 60 * 12, configurationChanges: false);
        var warmUp = FrameItems(items, 120);
        var disk = new StallingStream();
        var recorder = DriveRecorder.Create(disk, "drive.e2cd", Drives.Options() with { DropWhenBehind = true, MaxBufferedChunks = 16 });
        disk.Stall();
        Drives.Feed(recorder, items.Take(warmUp)); // warm-up: every path of the caller has run once
        var measured = items.Skip(warmUp).ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var item in measured)
        {
            if (item.Kind == StreamItemKind.Frame)
            {
                recorder.OnFrame(item.Frame);
            }
            else
            {
                recorder.OnEvent(item.Event);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var stalled = recorder.Status;
        disk.Resume();
        await recorder.DisposeAsync();

        Assert.Equal(0, allocated);
        Assert.Equal(0, stalled.FramesDropped);
        Assert.InRange(stalled.FramesWritten, 0, 60); // the stall held: at most the first chunk got through
        Assert.True(DriveFileInspector.TryInspect(new MemoryStream(disk.ToArray()), "drive.e2cd", out var report, out var error), error);
        Assert.True(report.IsIntact);
        Assert.Equal(60 * 12, report.FrameCount);
    }

    [Fact]
    public async Task OnFrame_WriterStalledBeyondTheBacklog_DropsAndCountsWithoutAllocating()
    {
        var items = Drives.Stream(seed: 8, frameCount: 60 * 12, configurationChanges: false);
        var warmUp = FrameItems(items, 120);
        var disk = new StallingStream();
        var recorder = DriveRecorder.Create(disk, "drive.e2cd", Drives.Options() with { DropWhenBehind = true, MaxBufferedChunks = 4 });
        disk.Stall();
        Drives.Feed(recorder, items.Take(warmUp));
        var measured = items.Skip(warmUp).Where(i => i.Kind == StreamItemKind.Frame).Select(i => i.Frame).ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var frame in measured)
        {
            recorder.OnFrame(frame);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        disk.Resume();
        await recorder.DisposeAsync();
        var status = recorder.Status;

        Assert.Equal(0, allocated);
        Assert.InRange(status.FramesDropped, 1, (60 * 12) - 120);
        Assert.Equal(60 * 12, status.FramesAccepted + status.FramesDropped);
        Assert.Equal(RecorderState.Stopped, status.State);
        Assert.True(DriveFileInspector.TryInspect(new MemoryStream(disk.ToArray()), "drive.e2cd", out var report, out var error), error);
        Assert.Equal(status.FramesAccepted, report.FrameCount); // everything accepted reaches the file
    }

    /// <summary>How many leading items hold the first <paramref name="frames"/> frames.</summary>
    private static int FrameItems(List<StreamItem> items, int frames)
    {
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == StreamItemKind.Frame && ++count == frames)
            {
                return i + 1;
            }
        }

        return items.Count;
    }
}
