using System.Collections.Concurrent;
using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

/// <summary>A drive played to the end: every frame, every event, and the simulator's ground truth.</summary>
internal sealed record RecordedDrive(
    DriveSimulator Simulator,
    TelemetryFrame[] Frames,
    TelemetryEvent[] Events,
    IReadOnlyList<(ulong FrameNumber, TelemetryConfiguration Configuration)> Configurations)
{
    public DriveGroundTruth Truth => Simulator.GroundTruth;

    public static double Seconds(in TelemetryFrame f) => f.PausedSimulationTimeUs / 1e6;
}

/// <summary>Builds and caches drives so the suite plans each one once.</summary>
internal static class TestDrives
{
    private static readonly ConcurrentDictionary<SimulationOptions, Lazy<RecordedDrive>> s_recorded = new();

    public static SimulationOptions Options(DriverProfile profile, int seed, double rateHz = 60, NoiseLevel noise = NoiseLevel.None, double minutes = 15) =>
        new() { Profile = profile, Seed = seed, RateHz = rateHz, Noise = noise, DurationMinutes = minutes };

    public static RecordedDrive Record(SimulationOptions options) =>
        s_recorded.GetOrAdd(options, o => new Lazy<RecordedDrive>(() => Play(new DriveSimulator(o)))).Value;

    public static RecordedDrive Play(DriveSimulator simulator)
    {
        simulator.Reset();
        var frames = new TelemetryFrame[simulator.TotalFrames];
        var events = new List<TelemetryEvent>();
        var configurations = new List<(ulong, TelemetryConfiguration)>();
        Span<TelemetryEvent> buffer = stackalloc TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        var n = 0;
        while (simulator.TryStep(out var frame, buffer, out var count, out var configuration))
        {
            frames[n++] = frame;
            for (var i = 0; i < count; i++)
            {
                events.Add(buffer[i]);
            }

            if (configuration is not null)
            {
                configurations.Add((frame.FrameNumber, configuration));
            }
        }

        Assert.Equal(simulator.TotalFrames, n);
        return new RecordedDrive(simulator, frames, [.. events], configurations);
    }

    /// <summary>The docs/habits.md score of a list of findings over a distance.</summary>
    public static double Score(IReadOnlyList<ExpectedFinding> findings, double distanceKm)
    {
        var scoring = HabitOptions.Default.Scoring;
        var points = new double[Enum.GetValues<HabitCategory>().Length];
        foreach (var f in findings)
        {
            points[(int)HabitCatalog.CategoryOf(f.Kind)] += HabitCatalog.PointsFor(f.Severity);
        }

        var km = Math.Max(distanceKm, scoring.MinNormalisationKm);
        var overall = 0.0;
        for (var c = 0; c < points.Length; c++)
        {
            var h = Math.Max(0, 100 - (scoring.PenaltyPerPointPer100Km * points[c] * 100 / km));
            overall += scoring.WeightsPercent[c] * h / 100;
        }

        return overall;
    }
}
