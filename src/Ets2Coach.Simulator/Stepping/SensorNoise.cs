using Ets2Coach.Simulator.Planning;

namespace Ets2Coach.Simulator.Stepping;

/// <summary>
/// Bounded, zero-mean sensor noise that is a pure function of (seed, channel, time): the value is held
/// for each millisecond of drive time, so a 20 Hz and a 1 kHz run see the same noise at the same instant.
/// The sum of four uniforms (Irwin–Hall) scaled to unit variance never exceeds ±3.46 σ, so a guard band of
/// a few σ can never be crossed by noise alone.
/// </summary>
internal readonly struct SensorNoise
{
    // √3: four uniforms on [−½, ½] have variance 4/12; multiply by √3 for σ = 1.
    private const double UnitScale = 1.7320508075688772;

    private readonly ulong _seedKey;

    public SensorNoise(int seed, NoiseLevel level)
    {
        _seedKey = PlanRandom.Mix(((ulong)(uint)seed << 17) ^ 0x5EED_0F_A0153UL);
        (AccelerationSigmaMps2, VelocitySigmaMps, YawRateSigmaTurnsPerS, SteeringSigma) = level switch
        {
            NoiseLevel.Low => (0.03, 0.02, 0.0004, 0.002),
            NoiseLevel.High => (0.10, 0.05, 0.0012, 0.006),
            _ => (0.0, 0.0, 0.0, 0.0),
        };
    }

    public double AccelerationSigmaMps2 { get; }

    public double VelocitySigmaMps { get; }

    public double YawRateSigmaTurnsPerS { get; }

    public double SteeringSigma { get; }

    public bool IsOff => AccelerationSigmaMps2 == 0;

    /// <summary>Unit-variance noise for a channel at a drive time (µs), constant within each millisecond.</summary>
    public double Unit(int channel, long driveTimeUs)
    {
        var knot = (ulong)(driveTimeUs / 1000);
        var h = PlanRandom.Mix(_seedKey ^ ((ulong)channel * 0x9E3779B97F4A7C15UL) ^ (knot * 0xC2B2AE3D27D4EB4FUL));
        const double inv16 = 1.0 / 65536.0;
        var sum = ((h & 0xFFFF) * inv16) + (((h >> 16) & 0xFFFF) * inv16) + (((h >> 32) & 0xFFFF) * inv16) + ((h >> 48) * inv16) - 2.0;
        return sum * UnitScale;
    }
}
