using BenchmarkDotNet.Attributes;
using Ets2Coach.Habits;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Benchmarks.Habits;

/// <summary>
/// The whole habit pipeline (drive state + every detector + finding collection) over a pre-generated
/// one-hour simulated drive at 60 Hz held in memory: 216,000 frames and their events per operation
/// set. Reported per frame (OperationsPerInvoke). The careful drive produces no findings, so its
/// allocation is the pipeline's own; the reckless drive shows what its findings cost.
/// </summary>
[MemoryDiagnoser]
public class HabitEngineBenchmarks
{
    private const int FramesPerHour = 60 * 60 * 60;

    private Recorded _careful = null!;
    private Recorded _reckless = null!;

    [GlobalSetup]
    public void Setup()
    {
        _careful = Record(DriverProfile.Careful);
        _reckless = Record(DriverProfile.Reckless);
    }

    // A new engine per hour, made inside the measured call (a few µs against ~20 ms): no
    // IterationSetup, which would force one call per iteration and leave the JIT too few calls to
    // finish tiering the loop (measured: a bimodal 88-138 ns/frame with it).

    /// <summary>One frame of a careful drive (no findings).</summary>
    [Benchmark(OperationsPerInvoke = FramesPerHour)]
    public int CarefulHour() => Feed(_careful);

    /// <summary>One frame of a reckless drive (findings allocate).</summary>
    [Benchmark(OperationsPerInvoke = FramesPerHour)]
    public int RecklessHour() => Feed(_reckless);

    private static int Feed(Recorded drive)
    {
        var engine = new HabitEngine(HabitOptions.Default, () => drive.Configuration);
        var frames = drive.Frames;
        var events = drive.Events;
        var e = 0;
        for (var i = 0; i < frames.Length; i++)
        {
            ref readonly var frame = ref frames[i];
            while (e < events.Length && events[e].FrameNumber <= frame.FrameNumber)
            {
                engine.OnEvent(events[e++]);
            }

            engine.OnFrame(frame);
        }

        return engine.Findings.Count;
    }

    private static Recorded Record(DriverProfile profile)
    {
        var simulator = new DriveSimulator(new SimulationOptions { Profile = profile, Seed = 7, Noise = NoiseLevel.Low, DurationMinutes = 60, RateHz = 60 });
        var frames = new List<TelemetryFrame>(FramesPerHour + 1000);
        var events = new List<TelemetryEvent>();
        var scratch = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        var configuration = simulator.InitialConfiguration;
        while (simulator.TryStep(out var frame, scratch, out var count, out var change))
        {
            frames.Add(frame);
            for (var i = 0; i < count; i++)
            {
                events.Add(scratch[i]);
            }

            configuration = change ?? configuration;
        }

        // Exactly one hour of frames per operation set (pauses add a few), so OperationsPerInvoke holds.
        return new Recorded([.. frames.Take(FramesPerHour)], [.. events], configuration);
    }

    private sealed record Recorded(TelemetryFrame[] Frames, TelemetryEvent[] Events, TelemetryConfiguration Configuration);
}
