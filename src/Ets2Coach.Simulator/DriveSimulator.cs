using Ets2Coach.Simulator.Planning;
using Ets2Coach.Simulator.Stepping;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator;

/// <summary>
/// A deterministic simulated drive: the frames, events and configuration changes the shared-memory reader
/// would yield for one practice drive, with the ground truth of every manoeuvre and injected fault. The whole
/// plan (and <see cref="GroundTruth"/>) is fixed by the seed before the first frame; <see cref="TryStep"/>
/// then samples it at <see cref="SimulationOptions.RateHz"/> without allocating and without holding the drive
/// in memory.
/// </summary>
public sealed partial class DriveSimulator
{
    /// <summary>The most events a single frame can carry; <see cref="TryStep"/> needs a span at least this long.</summary>
    public const int MaxEventsPerFrame = 16;

    private readonly DrivePlan _plan;
    private readonly long _durationUs;
    private readonly double _rateHz;
    private readonly TelemetryChannels _channels;
    private readonly TruckSwitches _switchMask;
    private readonly SensorNoise _noise;
    private readonly double _totalOdometerM;

    /// <summary>Plans the drive described by <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every problem on one line).</exception>
    public DriveSimulator(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid simulation options: " + string.Join(" ", errors), nameof(options));
        }

        Options = options;
        var result = DrivePlanner.Create(options);
        _plan = result.Plan;
        PlanAttempt = result.Attempt;
        GroundTruth = result.Truth;
        InitialConfiguration = _plan.InitialConfiguration;
        _rateHz = options.RateHz;
        _channels = TelemetryChannels.All & ~options.AbsentChannels;
        _switchMask = (TruckSwitches)(uint)((ulong)_channels >> 39);
        _noise = new SensorNoise(options.Seed, options.Noise);
        _durationUs = (long)Math.Round(_plan.DurationSeconds * 1e6);
        var pausedUs = 0L;
        foreach (var p in _plan.Pauses)
        {
            pausedUs += p.DurationUs;
        }

        TotalFrames = (long)Math.Floor(((_durationUs + pausedUs) * _rateHz / 1e6) + 1e-9) + 1;
        var c = 0;
        _plan.Speed.Evaluate(_plan.DurationSeconds, ref c, out var end);
        _totalOdometerM = end.OdometerM;
        Writer = new WriterInfo(
            options.GameId,
            options.GameId == "ats" ? "American Truck Simulator" : "Euro Truck Simulator 2",
            0x0001_0001,
            options.GameId == "ats" ? 0x0001_0005u : 0x0001_0012u,
            0x0001_0000,
            0,
            _channels);
        Reset();
    }

    /// <summary>The options this drive was planned from.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The configuration the game announces before the first frame (truck, trailer 0, job with cargo mass).</summary>
    public TelemetryConfiguration InitialConfiguration { get; }

    /// <summary>Every manoeuvre and injected fault with the findings docs/habits.md says it must produce.</summary>
    public DriveGroundTruth GroundTruth { get; }

    /// <summary>Frames the drive has (numbered 1..TotalFrames), pauses included.</summary>
    public long TotalFrames { get; }

    /// <summary>Frames produced so far.</summary>
    public long FramesProduced { get; private set; }

    /// <summary>The header a shared-memory reader would show for this simulated game.</summary>
    public WriterInfo Writer { get; }

    /// <summary>Truck tare + trailer tare + cargo, kg (what the coach estimates from the configuration).</summary>
    public double TotalMassKg => _plan.Truck.TotalMassKg;

    /// <summary>The rig's braking capability, m/s²: no frame decelerates harder (noise aside).</summary>
    public static double MaxDecelerationMps2 => Kinematics.TruckModel.MaxDecelerationMps2;

    /// <summary>The rig's largest net acceleration at a speed, m/s² (power- and traction-limited, by mass).</summary>
    public double MaxAccelerationMps2(double speedMps) => _plan.Truck.NetMaxAccelerationMps2(speedMps);

    /// <summary>Which planning attempt passed the guard-band check (0 = the first).</summary>
    internal int PlanAttempt { get; }

    internal DrivePlan Plan => _plan;
}
