using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;
using Xunit.Abstractions;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>A reader that stops reading while the game goes on: it loses frames, counts them exactly, and never delivers a torn one.</summary>
[Collection(BridgeProcesses.Name)]
public sealed class StalledReaderTests(ITestOutputHelper output)
{
    private const int FrameCapacity = 1_024;

    [Fact]
    public async Task Read_ReaderStallsWhileGameLapsTheRing_LostCountedExactlyAndEveryDeliveredFrameVerifies()
    {
        var name = BridgeShm.NewName("stall");

        // At 20 kHz the 1,024-slot ring holds 51 ms: plenty for a reader that keeps reading, nothing
        // for one that stops. The game would run for 50 s; the test stops it once it has what it needs.
        using var game = await GameProcess.StartAsync(name, "--frames", "1000000", "--rate", "20000", "--frame-capacity", $"{FrameCapacity}");
        using var probe = new BridgeWrittenProbe(name);
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var recorder = new BridgeRecorder(source);
        var pump = new TelemetryPump();

        await BridgeDrain.UntilAsync(source, pump, recorder, () => recorder.LastFrameNumber >= 1_000 || recorder.Failures > 0, "1,000 frames before the stall");
        var stalledAt = recorder.LastFrameNumber;

        // Stand still until the game has lapped the ring four times past the last frame read, then
        // read on until the reader has caught up with the live game again.
        BridgeDrain.Poll(() => probe.FramesWritten >= stalledAt + (4 * FrameCapacity), "the game to run four rings ahead");
        await BridgeDrain.UntilAsync(source, pump, recorder, () => recorder.LastFrameNumber >= stalledAt + (6 * FrameCapacity) || recorder.Failures > 0, "the reader to catch up");

        var done = await game.StopAsync();
        var written = done.GetProperty("frames").GetInt64();
        await BridgeDrain.UntilAsync(source, pump, recorder, () => recorder.LastFrameNumber >= (ulong)written || recorder.Failures > 0, "the game's last frame");
        var status = source.Status;
        output.WriteLine($"stalled after frame {stalledAt}; game wrote {written}; largest gap {recorder.LargestGap}; {BridgeDrain.Describe(status)}");

        Assert.True(recorder.Failures == 0, recorder.FirstFailure);
        var run = Assert.Single(recorder.Runs);
        Assert.Equal(0, run.StartIndex);
        Assert.Equal((ulong)written, run.LastNumber);

        // Exact accounting: written − delivered − torn = lost, and every number the reader skipped
        // (before its first frame or between two) is a frame counted lost or torn.
        Assert.Equal(recorder.Frames, status.FramesRead);
        Assert.Equal(written - status.FramesRead - status.FramesTorn, status.FramesLost);
        Assert.Equal((long)(run.FirstNumber - 1) + recorder.NumberGaps, status.FramesLost + status.FramesTorn);

        // The stall shows: at least the three rings the game wrote over while the reader stood still.
        Assert.True(recorder.LargestGap >= 3 * FrameCapacity, $"largest gap {recorder.LargestGap}");
        Assert.True(status.FramesLost >= 3 * FrameCapacity, $"lost {status.FramesLost}");
        Assert.False(BridgeShm.Exists(name));
    }
}
