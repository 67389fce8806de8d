using BenchmarkDotNet.Attributes;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Benchmarks.Simulator;

/// <summary>
/// Cost of one simulated frame (<see cref="DriveSimulator.TryStep"/>), single thread, and of planning a
/// 15-minute drive with its ground truth. Goal: TryStep well under 10 µs/frame (a 15-minute 1 kHz drive,
/// 900,000 frames, in a few seconds) and 0 B/frame.
/// </summary>
[MemoryDiagnoser]
public class DriveSimulatorBenchmarks
{
    private const int FramesPerInvoke = 10_000;
    private readonly TelemetryEvent[] _events = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
    private DriveSimulator _simulator = null!;

    [Params(20, 60, 1000)]
    public double RateHz { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _simulator = new DriveSimulator(new SimulationOptions { Seed = 1, Profile = DriverProfile.Reckless, Noise = NoiseLevel.High, RateHz = RateHz });

    /// <summary>One frame (the benchmark runs 10,000 per invocation and rewinds at the end of the drive).</summary>
    [Benchmark(OperationsPerInvoke = FramesPerInvoke)]
    public float TryStep()
    {
        var sum = 0f;
        for (var i = 0; i < FramesPerInvoke; i++)
        {
            if (!_simulator.TryStep(out var frame, _events, out _, out _))
            {
                _simulator.Reset();
                continue;
            }

            sum += frame.SpeedMps;
        }

        return sum;
    }

    /// <summary>Planning a 15-minute drive and labelling it (guard-band check included); done once per drive.</summary>
    [Benchmark]
    public long PlanDrive() => new DriveSimulator(new SimulationOptions { Seed = 2, Profile = DriverProfile.Average, RateHz = RateHz }).TotalFrames;
}
