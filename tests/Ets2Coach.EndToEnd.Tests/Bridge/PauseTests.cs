using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>The game pauses: the other process sees paused frames and the paused/started events around them.</summary>
[Collection(BridgeProcesses.Name)]
public sealed class PauseTests
{
    private const int PauseAt = 100;
    private const int PauseFrames = 50;

    [Fact]
    public async Task Read_GamePausesFor50Frames_ThoseFramesFlaggedPausedBetweenPausedAndStartedEvents()
    {
        var name = BridgeShm.NewName("pause");
        using var game = await GameProcess.StartAsync(name, "--frames", "300", "--rate", "0", "--pause-at", $"{PauseAt}", "--pause-frames", $"{PauseFrames}",
            "--frame-capacity", "1024", "--event-capacity", "256", "--hold-at-end", "60");
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var recorder = new BridgeRecorder(source);
        await BridgeDrain.UntilAsync(source, new TelemetryPump(), recorder, () => recorder.LastFrameNumber >= 300 || recorder.Failures > 0, "the last frame");
        await game.FinishAsync();

        // Paused frames verify too: they carry their own times and the channel values frozen at the last running frame.
        Assert.True(recorder.Failures == 0, recorder.FirstFailure);
        Assert.Equal(300, recorder.Frames);
        Assert.Equal(Enumerable.Range(PauseAt, PauseFrames).Select(i => (long)i), recorder.PausedIndices);

        // The game starts paused (init) and sends "started" with its first running frame.
        var pauseEvents = recorder.Events
            .Where(e => e.Event.Kind is TelemetryEventKind.Paused or TelemetryEventKind.Started)
            .Select(e => (e.Event.Kind, e.Event.FrameNumber))
            .ToList();
        Assert.Equal(
            [(TelemetryEventKind.Started, 1UL), (TelemetryEventKind.Paused, (ulong)PauseAt + 1), (TelemetryEventKind.Started, (ulong)(PauseAt + PauseFrames) + 1)],
            pauseEvents);
        Assert.False(BridgeShm.Exists(name));
    }
}
