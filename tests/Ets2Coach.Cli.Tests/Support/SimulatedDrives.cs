using Ets2Coach.Coaching;
using Ets2Coach.Habits;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Cli.Tests.Support;

/// <summary>Simulated drives scored in-process, and recorded the way the demo records them.</summary>
internal static class SimulatedDrives
{
    /// <summary>The simulator's drive through a pump into a habit engine (the labelled suite's way).</summary>
    public static HabitEngine Score(SimulationOptions options)
    {
        using var source = new SimulatedTelemetrySource(new DriveSimulator(options));
        var engine = new HabitEngine(HabitOptions.Default, () => source.Configuration);
        Drain(source, engine);
        engine.Complete();
        return engine;
    }

    /// <summary>Coaches and records the simulator's drive through a <see cref="CoachingSession"/>; returns the drive file.</summary>
    public static async Task<string> RecordAsync(SimulationOptions options, string folder)
    {
        using var source = new SimulatedTelemetrySource(new DriveSimulator(options));
        var warnings = new List<string>();
        var recording = new DriveRecording(folder, "simulated", s => new DriveRecorderOptions
        {
            Writer = s.Status.Writer,
            WriterGeneration = s.Status.WriterGeneration,
            FrameRateHz = options.RateHz,
            Configuration = s.Configuration,
            Source = SimulatedDrive.Describe(options),
            DropWhenBehind = false,
        }, warnings.Add);
        var engine = new HabitEngine(HabitOptions.Default, () => source.Configuration);
        Drain(source, new CoachingSession(source, engine, recording));
        var summary = await recording.CompleteAsync();
        Assert.Empty(warnings);
        Assert.Null(summary.Problem);
        return summary.Path!;
    }

    private static void Drain(SimulatedTelemetrySource source, ITelemetryConsumer consumer)
    {
        var pump = new TelemetryPump(512, 256);
        while (pump.Pump(source, consumer) > 0 || source.Status.State != TelemetrySourceState.Ended)
        {
        }

        pump.FlushPending(consumer);
    }
}
