using Ets2Coach.Simulator.Kinematics;
using Ets2Coach.Simulator.Planning;

namespace Ets2Coach.Simulator.Stepping;

/// <summary>
/// World position and trailer heading, integrated on a fixed 10 ms grid of drive time that does not
/// depend on the frame rate: the state at each grid point is a function of the plan alone, and a frame at
/// time t integrates one partial step from the grid point before it. So a 20 Hz, 60 Hz and 1 kHz run give
/// bit-identical positions at common times. Position uses Simpson's rule on v·(−sin ψ, −cos ψ); the trailer
/// follows the kinematic hitch model θ̇ = (v / L)·sin(ψ − θ) (midpoint rule).
/// </summary>
internal sealed class TrajectoryIntegrator
{
    private const long GridStepUs = 10_000;
    private const double GridStepSeconds = GridStepUs / 1e6;

    private readonly SpeedTimeline _speed;
    private readonly YawTimeline _yaw;
    private readonly LaneChangeTimeline _lanes;
    private readonly PositionJump[] _jumps;
    private int _speedCursor;
    private int _yawCursor;
    private int _laneCursor;

    private long _k;
    private double _x;
    private double _z;
    private double _trailer;
    private double _fx;
    private double _fz;
    private double _v0;
    private double _psi0;

    public TrajectoryIntegrator(SpeedTimeline speed, YawTimeline yaw, LaneChangeTimeline lanes, PositionJump[] jumps, double startX, double startZ)
    {
        _speed = speed;
        _yaw = yaw;
        _lanes = lanes;
        _jumps = jumps;
        _x = startX;
        _z = startZ;
        Motion(0, out _v0, out _psi0);
        _trailer = _psi0;
        _fx = -_v0 * Math.Sin(_psi0);
        _fz = -_v0 * Math.Cos(_psi0);
    }

    /// <summary>Speed and heading (road heading plus the lane-change offset) at <paramref name="t"/>.</summary>
    public void Motion(double t, out double speed, out double heading)
    {
        _speed.Evaluate(t, ref _speedCursor, out var s);
        _yaw.Evaluate(t, ref _yawCursor, out var psi, out _, out _);
        _lanes.Evaluate(t, ref _laneCursor, out var offset, out _, out _);
        speed = s.SpeedMps;
        heading = psi + offset;
    }

    /// <summary>Position and trailer heading at drive time <paramref name="timeUs"/>; times must not go backwards.</summary>
    public void Sample(long timeUs, out double x, out double z, out double trailerHeading)
    {
        var target = timeUs / GridStepUs;
        while (_k < target)
        {
            var t0 = _k * GridStepSeconds;
            Step(t0, t0 + GridStepSeconds, ref _x, ref _z, ref _trailer, _fx, _fz, _v0, _psi0, out _fx, out _fz, out _v0, out _psi0);
            _k++;
        }

        x = _x;
        z = _z;
        trailerHeading = _trailer;
        var gridTime = _k * GridStepUs;
        if (timeUs > gridTime)
        {
            Step(gridTime / 1e6, timeUs / 1e6, ref x, ref z, ref trailerHeading, _fx, _fz, _v0, _psi0, out _, out _, out _, out _);
        }
    }

    private void Step(double t0, double t1, ref double x, ref double z, ref double trailer,
        double fx0, double fz0, double v0, double psi0, out double fx1, out double fz1, out double v1, out double psi1)
    {
        var h = t1 - t0;
        var tm = t0 + (0.5 * h);
        Motion(tm, out var vm, out var psim);
        Motion(t1, out v1, out psi1);
        var fxm = -vm * Math.Sin(psim);
        var fzm = -vm * Math.Cos(psim);
        fx1 = -v1 * Math.Sin(psi1);
        fz1 = -v1 * Math.Cos(psi1);
        x += h / 6 * (fx0 + (4 * fxm) + fx1);
        z += h / 6 * (fz0 + (4 * fzm) + fz1);

        var k1 = v0 / TruckModel.TrailerLengthM * Math.Sin(psi0 - trailer);
        var mid = trailer + (0.5 * h * k1);
        trailer += h * (vm / TruckModel.TrailerLengthM * Math.Sin(psim - mid));

        foreach (var jump in _jumps)
        {
            if (jump.TimeSeconds > t0 && jump.TimeSeconds <= t1)
            {
                x += jump.DeltaXM;
                z += jump.DeltaZM;
                trailer = psi1;
            }
        }
    }
}
