using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>
/// The latency probe's premise: the game's <c>--scenario latency</c> stamps each frame with a time
/// the reader's process can compare with its own clock.
/// </summary>
[Collection(BridgeProcesses.Name)]
public sealed class LatencyScenarioTests
{
    [Fact]
    public async Task Read_LatencyScenario_RenderTimeIsPublishTimeOnTheReadersClock()
    {
        var name = BridgeShm.NewName("latency");
        var before = PublishClock.NowMicroseconds();
        using var game = await GameProcess.StartAsync(name, "--scenario", "latency", "--frames", "200", "--rate", "1000", "--frame-capacity", "1024", "--hold-at-end", "60");
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var frames = new TelemetryFrame[256];
        var stamps = new List<(ulong Stamp, ulong ReadAt)>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (stamps.Count < 200 && stopwatch.Elapsed < BridgeDrain.DefaultTimeout)
        {
            var count = source.ReadFrames(frames);
            var readAt = PublishClock.NowMicroseconds();
            for (var i = 0; i < count; i++)
            {
                stamps.Add((frames[i].RenderTimeUs, readAt));
            }

            if (count == 0)
            {
                await source.WaitAsync(CancellationToken.None);
            }
        }

        await game.FinishAsync();
        var after = PublishClock.NowMicroseconds();

        Assert.Equal(200, stamps.Count);
        Assert.All(stamps, s => Assert.InRange(s.Stamp, before, s.ReadAt));
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.First.Stamp < p.Second.Stamp), "stamps grow frame by frame");

        // Paced at 1 kHz, frame 199 is played no earlier than 199 ms after the game's start, which
        // comes after `before`: so on our clock too (a late game only plays later, never earlier).
        Assert.InRange(stamps[^1].Stamp, before + 199_000, after);
        Assert.False(BridgeShm.Exists(name));
    }
}
