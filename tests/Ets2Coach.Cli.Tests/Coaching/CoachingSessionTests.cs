using System.Numerics;
using Ets2Coach.Cli.Tests.Support;
using Ets2Coach.Coaching;
using Ets2Coach.Habits;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Cli.Tests.Coaching;

public sealed class CoachingSessionTests
{
    [Fact]
    public async Task OnFrame_CoachingAndRecordingASteadyDrive_AllocatesNothingPerFrame()
    {
        using var folder = new TempFolder();
        var source = new FixedSource();
        var warnings = new List<string>();
        var recording = new DriveRecording(folder.Path, "steady", _ => new DriveRecorderOptions { MaxBufferedChunks = 64 }, warnings.Add);
        var engine = new HabitEngine(HabitOptions.Default, () => source.Configuration);
        var session = new CoachingSession(source, engine, recording);
        for (var i = 0; i < 1_200; i++)
        {
            session.OnFrame(Cruise(i)); // warm-up: the engine's state, the recorder's first chunks
        }

        await Task.Delay(200);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1_200; i < 1_500; i++)
        {
            session.OnFrame(Cruise(i));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var summary = await recording.CompleteAsync();

        Assert.Equal(0, allocated);
        Assert.Empty(warnings);
        Assert.Equal(1_500, summary.FramesWritten);
        Assert.Empty(engine.Findings);
    }

    // 80 km/h straight north on a 90 km/h road at noon, lights on: nothing to find.
    private static TelemetryFrame Cruise(int i) => new()
    {
        FrameNumber = (ulong)i + 1,
        SimulationTimeUs = (ulong)i * 16_667,
        RenderTimeUs = (ulong)i * 16_667,
        PausedSimulationTimeUs = (ulong)i * 16_667,
        ChannelsPresent = TelemetryChannels.All,
        Switches = TruckSwitches.LowBeam | TruckSwitches.EngineEnabled | TruckSwitches.ElectricEnabled,
        Position = new WorldPosition(100, 0, -(i * 16_667 / 1e6 * 22.2)),
        LocalVelocityMps = new Vector3(0, 0, -22.2f),
        SpeedMps = 22.2f,
        NavigationSpeedLimitMps = 25f,
        GameTimeMinutes = 720,
        LocalScale = 19,
        EngineGear = 12,
        DisplayedGear = 12,
        EngineRpm = 1300,
    };

    private sealed class FixedSource : ITelemetrySource
    {
        public TelemetrySourceStatus Status { get; } = new() { State = TelemetrySourceState.Connected, WriterGeneration = 1 };

        public TelemetryConfiguration Configuration => TelemetryConfiguration.Empty;

        public int ReadFrames(Span<TelemetryFrame> destination) => 0;

        public int ReadEvents(Span<TelemetryEvent> destination) => 0;

        public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

        public void Dispose()
        {
        }
    }
}
