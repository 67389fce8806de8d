using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

/// <summary>
/// A new writer generation found while a pump still holds frames of the old one (Linux: the game
/// reloaded the plugin): the new generation's events must not be delivered among the old frames.
/// </summary>
public sealed class PumpGenerationSwitchTests
{
    [Fact]
    public void Pump_NewGenerationFoundWhileDeliveringOldFrames_OldFramesFirstThenNewEvents()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // POSIX shared memory names are files under /dev/shm only on Linux.
        }

        var name = TestBlockWriter.UniqueName();
        var time = new ManualTimeProvider();
        using var first = TestBlockWriter.CreateShm(name, generation: 1);
        using var source = new SharedMemoryTelemetrySource(ReaderFixture.Options(time) with { Name = name });
        for (var i = 0; i < 3; i++)
        {
            first.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        // The game reloads the plugin: CLOSED and unlinked; the new generation publishes an event
        // (of its frame 1) and its frame 1. The reader's next look by name is due.
        first.SetState(TestBlockWriter.StateClosed);
        first.Unlink();
        using var second = TestBlockWriter.CreateShm(name, generation: 2);
        second.PublishEvent(TelemetryEvent.ForAmount(0, 0, 0, TelemetryEventKind.TollgatePaid, 42));
        second.PublishFrame(ReaderFixture.SampleFrame(0));
        time.Advance(TimeSpan.FromMilliseconds(300));

        var seen = new Sequence();
        var pump = new TelemetryPump();
        for (var i = 0; i < 4; i++)
        {
            pump.Pump(source, seen);
        }

        Assert.Equal(["frame 1", "frame 2", "frame 3", "event 1 of frame 1", "frame 1"], seen.Items);
    }

    private sealed class Sequence : ITelemetryConsumer
    {
        public List<string> Items { get; } = [];

        public void OnEvent(in TelemetryEvent telemetryEvent) => Items.Add($"event {telemetryEvent.EventNumber} of frame {telemetryEvent.FrameNumber}");

        public void OnFrame(in TelemetryFrame frame) => Items.Add($"frame {frame.FrameNumber}");
    }
}
