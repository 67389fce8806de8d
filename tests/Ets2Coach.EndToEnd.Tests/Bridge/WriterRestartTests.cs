using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;
using Xunit.Abstractions;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary><c>sdk reload</c> and <c>sdk reinit</c> in the game: the reader follows each new writer generation.</summary>
[Collection(BridgeProcesses.Name)]
public sealed class WriterRestartTests(ITestOutputHelper output)
{
    private const int FramesPerGeneration = 500;

    [Fact]
    public async Task Read_GameReloadsThenReinits_FollowsEachGenerationNumberingFromOne()
    {
        var name = BridgeShm.NewName("restart");

        // 500 frames per generation at 500 Hz: each generation lives about a second, and the reader
        // looks for a new one every 50 ms, so it cannot miss a whole generation even on a loaded
        // machine. Each generation fits the default ring (4,096): no frame can be lost.
        using var game = await GameProcess.StartAsync(name, "--frames", $"{3 * FramesPerGeneration}", "--rate", "500",
            "--reload-at", $"{FramesPerGeneration}", "--reinit-at", $"{2 * FramesPerGeneration}", "--hold-at-end", "60");
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name, ReopenInterval = TimeSpan.FromMilliseconds(50) });
        var recorder = new BridgeRecorder(source);
        var pump = new TelemetryPump();

        // What the reader saw whenever it looked. How often it sees a CLOSED writer between two
        // generations depends on timing; when it does is checked below.
        var closedSightings = new List<(ulong Generation, long FramesOfRun)>();
        var otherStates = new HashSet<TelemetrySourceState>();
        void Watch()
        {
            var state = source.State;
            if (state == TelemetrySourceState.WriterClosed)
            {
                var run = recorder.Runs.LastOrDefault(r => r.Generation == source.WriterGeneration);
                closedSightings.Add((source.WriterGeneration, run?.Count ?? 0));
            }
            else if (state != TelemetrySourceState.Connected)
            {
                otherStates.Add(state);
            }
        }

        await BridgeDrain.UntilAsync(source, pump, recorder, () => recorder.Failures > 0 || (recorder.Runs.Count == 3 && recorder.LastFrameNumber >= FramesPerGeneration), "the third generation's last frame", Watch);
        var reloaded = await game.NextLineAsync("reloaded");
        var reinitialised = await game.NextLineAsync("reinitialised");
        await game.FinishAsync();

        // The game unloaded the plugin: its last generation is CLOSED, for certain now.
        await BridgeDrain.UntilAsync(source, pump, recorder, () => source.State == TelemetrySourceState.WriterClosed, "the final CLOSED", Watch);
        var status = source.Status;
        output.WriteLine($"CLOSED seen {closedSightings.Count} times, of generations {string.Join(", ", closedSightings.Select(c => c.Generation).Distinct())}; {BridgeDrain.Describe(status)}");

        Assert.True(recorder.Failures == 0, recorder.FirstFailure);
        var generations = new[] { game.Generation, reloaded.GetProperty("generation").GetUInt64(), reinitialised.GetProperty("generation").GetUInt64() };
        Assert.Equal(3, generations.Distinct().Count());
        Assert.Equal(generations, recorder.Runs.Select(r => r.Generation));
        Assert.Equal(new long[] { 0, FramesPerGeneration, 2 * FramesPerGeneration }, recorder.Runs.Select(r => r.StartIndex));
        Assert.All(recorder.Runs, run =>
        {
            Assert.Equal(1UL, run.FirstNumber);
            Assert.Equal((ulong)FramesPerGeneration, run.LastNumber);
            Assert.Equal(FramesPerGeneration, run.Count);
        });
        Assert.Equal(2, status.WriterRestarts);
        Assert.Equal(generations[2], status.WriterGeneration);
        Assert.Equal(0, status.FramesLost + status.FramesTorn + status.WriterErrors);
        Assert.Empty(otherStates);
        AssertEventsBetweenTheirFrames(recorder);
        // CLOSED is reported for a generation only once it has delivered all its frames, or the
        // moment it is adopted after it had already closed (before any of its frames: one pump of
        // 1,024 then takes all 500).
        Assert.All(closedSightings, seen => Assert.Contains(seen.FramesOfRun, new long[] { 0, FramesPerGeneration }));
        Assert.Contains(closedSightings, seen => seen.Generation == generations[2]);
        Assert.False(BridgeShm.Exists(name));
    }

    // Each generation numbers its events from 1, so event number 1 starts the next generation's
    // events. Every event comes right before a frame of its own generation, after its previous
    // frame or, for a new generation, after the whole previous generation.
    private static void AssertEventsBetweenTheirFrames(BridgeRecorder recorder)
    {
        var generation = -1;
        foreach (var seen in recorder.Events)
        {
            var e = seen.Event;
            if (e.EventNumber == 1)
            {
                generation++;
            }

            var where = $"event {e.EventNumber} ({e.Kind}) of generation {generation}, frame {e.FrameNumber}: after frame {seen.PreviousFrame} of run {seen.PreviousRun}, before frame {seen.NextFrame} of run {seen.NextRun}";
            Assert.True(seen.NextRun == generation && seen.NextFrame >= e.FrameNumber, where);
            Assert.True(
                (seen.PreviousRun == generation && seen.PreviousFrame < e.FrameNumber)
                || (seen.PreviousRun == generation - 1 && (generation == 0 || seen.PreviousFrame == recorder.Runs[generation - 1].LastNumber)),
                where);
        }

        Assert.Equal(recorder.Runs.Count - 1, generation);
    }
}
