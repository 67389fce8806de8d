using Ets2Coach.Simulator.Planning;
using Ets2Coach.Simulator.Stepping;

namespace Ets2Coach.Simulator.Truth;

/// <summary>
/// The noise-free planned motion sampled every 10 ms for the oracles: speed, path, odometer and the
/// deceleration smoothed exactly as the detectors smooth it (EMA, α = 1 − exp(−Δt/τ)); world positions once a second.
/// </summary>
internal sealed class TrajectorySamples
{
    public const double Step = 0.01;

    private readonly Dictionary<double, float[]> _smoothed = [];
    private readonly double[] _x;
    private readonly double[] _z;

    public TrajectorySamples(DrivePlan plan)
    {
        Plan = plan;
        Count = (int)Math.Floor(plan.DurationSeconds / Step) + 1;
        Speed = new double[Count];
        Accel = new float[Count];
        Path = new double[Count];
        Odometer = new double[Count];
        var cursor = 0;
        for (var i = 0; i < Count; i++)
        {
            plan.Speed.Evaluate(i * Step, ref cursor, out var s);
            Speed[i] = s.SpeedMps;
            Accel[i] = (float)s.AccelerationMps2;
            Path[i] = s.PathM;
            Odometer[i] = s.OdometerM;
        }

        var seconds = (int)Math.Ceiling(plan.DurationSeconds) + 1;
        _x = new double[seconds];
        _z = new double[seconds];
        var integrator = new TrajectoryIntegrator(plan.Speed, plan.Yaw, plan.LaneChanges, plan.Jumps, plan.StartX, plan.StartZ);
        for (var i = 0; i < seconds; i++)
        {
            integrator.Sample(i * 1_000_000L, out _x[i], out _z[i], out _);
        }
    }

    public DrivePlan Plan { get; }

    public int Count { get; }

    public double[] Speed { get; }

    public float[] Accel { get; }

    public double[] Path { get; }

    public double[] Odometer { get; }

    public static double TimeOf(int i) => i * Step;

    public int IndexOf(double t) => Math.Clamp((int)Math.Round(t / Step), 0, Count - 1);

    public double SpeedAt(double t) => Speed[IndexOf(t)];

    /// <summary>Deceleration (positive braking, forward motion only) smoothed with time constant <paramref name="tau"/>.</summary>
    public float[] SmoothedDeceleration(double tau)
    {
        if (_smoothed.TryGetValue(tau, out var cached))
        {
            return cached;
        }

        var alpha = 1 - Math.Exp(-Step / tau);
        var d = new float[Count];
        var ema = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var raw = Speed[i] > 0 ? -Accel[i] : 0;
            ema += alpha * (raw - ema);
            d[i] = (float)ema;
        }

        _smoothed[tau] = d;
        return d;
    }

    /// <summary>World position (X, Z) at a drive time, interpolated between 1 s samples.</summary>
    public (double X, double Z) PositionAt(double t)
    {
        var i = Math.Clamp((int)Math.Floor(t), 0, _x.Length - 2);
        var f = Math.Clamp(t - i, 0, 1);
        return (_x[i] + (f * (_x[i + 1] - _x[i])), _z[i] + (f * (_z[i + 1] - _z[i])));
    }
}
