using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>Gameplay events interleaved with frames reach the other process once each, in order, before their frames.</summary>
[Collection(BridgeProcesses.Name)]
public sealed class GameplayEventTests
{
    private const int EventCount = 1_000;
    private const int EventsEvery = 10;

    [Fact]
    public async Task Pump_ThousandGameplayEvents_EachOnceInOrderVerifiedAndBeforeItsFrame()
    {
        var name = BridgeShm.NewName("events");

        // Rings larger than the whole run (10,000 frames; ~1,010 events with configuration, started
        // and timer events), so the outcome does not depend on how the two processes are scheduled.
        using var game = await GameProcess.StartAsync(name, "--frames", $"{EventCount * EventsEvery}", "--rate", "0",
            "--events-every", $"{EventsEvery}", "--frame-capacity", "16384", "--event-capacity", "2048", "--hold-at-end", "60");
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var recorder = new BridgeRecorder(source, EventsEvery);

        // A small event batch makes the pump refill events in the middle of a frame batch.
        var pump = new TelemetryPump(frameBatch: 256, eventBatch: 16);
        await BridgeDrain.UntilAsync(source, pump, recorder, () => recorder.LastFrameNumber >= EventCount * EventsEvery || recorder.Failures > 0, "the last frame");
        var done = await game.FinishAsync();
        var status = source.Status;

        Assert.True(recorder.Failures == 0, recorder.FirstFailure);
        Assert.Equal(EventCount, done.GetProperty("gameplayEvents").GetInt64());
        Assert.Equal(EventCount, recorder.GameplayEvents);
        var gameplay = recorder.Events.Where(e => BridgeRecorder.IsGameplay(e.Event.Kind)).ToList();
        Assert.Equal(EventCount, gameplay.Count);
        for (var k = 0; k < EventCount; k++)
        {
            // Event k is played with the game's frame k × K, whose frame number is k × K + 1; it is
            // delivered after the frame before it and right before its own frame.
            var seen = gameplay[k];
            var frameNumber = (ulong)((k * EventsEvery) + 1);
            Assert.Equal(frameNumber, seen.Event.FrameNumber);
            Assert.Equal(frameNumber - 1, seen.PreviousFrame);
            Assert.Equal(frameNumber, seen.NextFrame);
        }

        // Every event (configuration, started, timer restart included) once, in order, none before a frame it does not belong to.
        Assert.Equal(Enumerable.Range(1, recorder.Events.Count).Select(n => (ulong)n), recorder.Events.Select(e => e.Event.EventNumber));
        Assert.All(recorder.Events, e => Assert.True(e.PreviousFrame < e.Event.FrameNumber && e.Event.FrameNumber <= e.NextFrame, $"event {e.Event.EventNumber} of frame {e.Event.FrameNumber} between frames {e.PreviousFrame} and {e.NextFrame}"));
        Assert.Equal(recorder.Events.Count, status.EventsRead);
        Assert.Equal(0, status.EventsLost + status.EventsTorn + status.FramesLost + status.FramesTorn);
        Assert.False(BridgeShm.Exists(name));
    }
}
