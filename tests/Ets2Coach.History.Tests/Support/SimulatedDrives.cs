using Ets2Coach.Habits;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.History.Tests.Support;

/// <summary>
/// A simulated drive as the app would store it: the simulator's stream goes, in stream order, into the
/// habit engine (the live scores) and a <see cref="DriveRecorder"/> (the drive file), as a live session does.
/// </summary>
internal static class SimulatedDrives
{
    public static async Task<DriveRecord> RecordAsync(string path, DriverProfile profile, int seed, double rateHz = 60, double minutes = 3, DateTimeOffset? startedAt = null)
    {
        var simulator = new DriveSimulator(new SimulationOptions { Profile = profile, Seed = seed, RateHz = rateHz, DurationMinutes = minutes, Noise = NoiseLevel.Low });
        var configuration = simulator.InitialConfiguration;
        var engine = new HabitEngine(HabitOptions.Default, () => configuration);
        var options = new DriveRecorderOptions
        {
            Writer = simulator.Writer,
            WriterGeneration = 1,
            FrameRateHz = rateHz,
            Configuration = configuration,
            Source = "simulator",
            DropWhenBehind = false,
            FlushToDiskInterval = TimeSpan.FromHours(1), // tests need no fsync per chunk
        };
        Assert.True(DriveRecorder.TryCreate(path, options, out var recorder, out var error), error);

        var events = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        long frames = 0;
        while (simulator.TryStep(out var frame, events, out var count, out var changed))
        {
            if (changed is not null)
            {
                configuration = changed;
            }

            for (var i = 0; i < count; i++)
            {
                engine.OnEvent(events[i]);
                recorder.OnEvent(events[i]);
            }

            if (changed is not null)
            {
                recorder.OnConfiguration(changed);
            }

            engine.OnFrame(frame);
            recorder.OnFrame(frame);
            frames++;
        }

        engine.Complete();
        await recorder.DisposeAsync();
        Assert.Equal(RecorderState.Stopped, recorder.Status.State);

        var started = startedAt ?? Records.Start;
        return new DriveRecord
        {
            StartedAt = started,
            EndedAt = started.AddSeconds(Math.Round(engine.DurationSeconds)),
            GameId = simulator.Writer.GameId,
            FrameRateHz = rateHz,
            FramesRead = frames,
            FilePath = path,
            Simulation = new SimulationInfo(profile.Name, seed),
            Scoring = DriveScoring.From(engine),
        };
    }
}
