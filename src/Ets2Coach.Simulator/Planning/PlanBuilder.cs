using Ets2Coach.Simulator.Kinematics;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>
/// Builds a drive plan: motion primitives (speed profiles, bends, lane changes, reversing) that keep every
/// timeline consistent, plus the facts the ground-truth oracles need. Route sections live in the other
/// parts of this class. Everything random is drawn here, at plan time.
/// </summary>
internal sealed partial class PlanBuilder
{
    private const double KmhPerMps = 3.6;

    private readonly SimulationOptions _options;
    private readonly DriverProfile _profile;
    private readonly PlanRandom _rng;
    private double _blinkerOff = -100;
    private double _ftcQuietUntil = -100;
    private double _lastLimitDrop = -100;
    private double _lastLaneChangeEnd = -100;
    private double _lastBendEnd = -100;
    private double _ftcQuietPathM = -1e9;
    private double _bearingOffset;

    public PlanBuilder(SimulationOptions options, int attempt)
    {
        _options = options;
        _profile = options.Profile;
        _rng = new PlanRandom(options.Seed, attempt, 1);
        var cargoRng = new PlanRandom(options.Seed, 0, 2);

        // Cargo mass from the seed (not the attempt): loaded 12–25 t or light 1–8 t, clear of the 10 t
        // "loaded" cornering line. Total = tractor + trailer tare + cargo, as the coach estimates it.
        CargoKg = Math.Round(cargoRng.Chance(0.65) ? cargoRng.Uniform(12_000, 25_000) : cargoRng.Uniform(1_000, 8_000), 0);
        var m = Buckets.Habits.Mass;
        Truck = new TruckModel(m.TruckTareKg + m.TrailerTareKg + CargoKg);
        StartX = Math.Round(cargoRng.Uniform(-40_000, 40_000), 1);
        StartZ = Math.Round(cargoRng.Uniform(-40_000, 40_000), 1);
        Yaw = new YawTimelineBuilder(cargoRng.Uniform(0, 2 * Math.PI));
        StartGameMinutes = options.StartGameTimeMinutes ?? ((2 * 1440) + 1065 + cargoRng.Uniform(0, 25));
        DurationSeconds = options.DurationMinutes * 60;
    }

    public TruckModel Truck { get; }

    public double CargoKg { get; }

    public bool Loaded => CargoKg >= Buckets.Habits.Mass.LoadedCargoKg;

    public double StartX { get; }

    public double StartZ { get; }

    public double StartGameMinutes { get; }

    public double DurationSeconds { get; }

    public SpeedTimelineBuilder Speed { get; } = new();

    public YawTimelineBuilder Yaw { get; }

    public List<LaneChangeSpec> LaneChanges { get; } = [];

    public SwitchTimelineBuilder Switches { get; } = new();

    /// <summary>Navigation limit in km/h (0 = none shown).</summary>
    public StepTimelineBuilder LimitKmh { get; } = new(0);

    public StepTimelineBuilder CruiseSetMps { get; } = new(0);

    public List<PlannedEvent> Events { get; } = [];

    public List<PlannedPause> Pauses { get; } = [];

    public List<PositionJump> Jumps { get; } = [];

    public List<(double From, double Until, double Delta)> FuelAdded { get; } = [];

    public List<(double From, double Until, double Delta)> WearJumps { get; } = [];

    public List<(double From, double Until, double Delta)> CargoDamageJumps { get; } = [];

    public List<ManoeuvreDraft> Drafts { get; } = [];

    public List<SignalledManoeuvre> Signalled { get; } = [];

    public List<CornerFact> Corners { get; } = [];

    /// <summary>Every lane change with the manoeuvre that owns it.</summary>
    public List<(LaneChangeSpec Spec, int ManoeuvreId)> LaneChangeOwners { get; } = [];

    /// <summary>Intervals the service brake is held while standing (brake lights on, no parking brake).</summary>
    public List<(double From, double Until)> BrakeHolds { get; } = [];

    public List<PoiFact> Pois { get; } = [];

    /// <summary>Intervals the truck stands in a live lane with hazards on (for the blocking oracle).</summary>
    public List<(double From, double Until)> HazardStops { get; } = [];

    public double Now => Speed.Time;

    public double V => Speed.Speed;

    public double LaneWidthM => _options.LaneWidthM;

    private ManoeuvreDraft Begin(ManoeuvreKind kind, double start)
    {
        var d = new ManoeuvreDraft(Drafts.Count + 1, kind, start);
        Drafts.Add(d);
        return d;
    }

    private static string F(double value, int decimals = 1) => value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);

    // ---- Longitudinal primitives ----------------------------------------------------------------

    private void Cruise(double seconds)
    {
        if (seconds > 1e-6)
        {
            Speed.Hold(seconds);
        }
    }

    private void CruiseUntil(double time) => Cruise(time - Now);

    /// <summary>Jerk-limited change to <paramref name="target"/> with at most <paramref name="accel"/> (used for gentle changes and reversing).</summary>
    private void ChangeSpeed(double target, double accel, double jerk)
    {
        var dv = target - V;
        if (Math.Abs(dv) < 1e-9)
        {
            return;
        }

        var sign = Math.Sign(dv);
        var a = Math.Min(accel, Math.Sqrt(jerk * Math.Abs(dv)));
        var ramp = a / jerk;
        var hold = (Math.Abs(dv) / a) - ramp;
        Speed.Ramp(ramp, sign * a);
        if (hold > 1e-9)
        {
            Speed.Ramp(hold, sign * a);
        }

        Speed.Ramp(ramp, 0);
        if (target == 0)
        {
            Speed.SnapSpeed(0);
        }
    }

    /// <summary>Power-limited acceleration to <paramref name="target"/> using a share of the rig's capability.</summary>
    private void AccelerateTo(double target, double share)
    {
        const double jerk = 0.5;
        const double dt = 0.5;
        var remaining = target - V;
        if (remaining <= 1e-9)
        {
            return;
        }

        if (remaining < 0.5)
        {
            var peak = Math.Sqrt(jerk * remaining);
            Speed.Ramp(peak / jerk, peak);
            Speed.Ramp(peak / jerk, 0);
            return;
        }

        while (true)
        {
            var a = Speed.Acceleration;
            remaining = target - V;
            var finish = a * a / (2 * jerk);
            if (a > 1e-9 && remaining <= finish + (a * dt))
            {
                var hold = (remaining - finish) / a;
                if (hold > 1e-6)
                {
                    Speed.Ramp(hold, a);
                    Speed.Ramp(a / jerk, 0);
                }
                else
                {
                    Speed.Ramp(2 * remaining / a, 0);
                }

                return;
            }

            var want = Math.Max(0.05, share * Truck.NetMaxAccelerationMps2(V + (a * dt)));
            var next = Math.Clamp(want, a - (jerk * dt), a + (jerk * dt));
            Speed.Ramp(dt, next);
        }
    }

    /// <summary>A braking profile: optional coast, then a jerk-limited plateau, released at the target speed.</summary>
    private readonly record struct BrakePlan(double TargetMps, double CoastMps2, double CoastSeconds, double PlateauMps2, double ApplyJerk, double ReleaseJerk);

    /// <summary>Plateau duration the plan needs from the current speed, or a negative value when infeasible.</summary>
    private static double PlateauSecondsFor(double v0, BrakePlan p)
    {
        const double coastJerk = 0.5;
        var dv = v0 - p.TargetMps;
        var d = p.PlateauMps2;
        var c = p.CoastMps2;
        var fixedLoss = p.CoastSeconds > 0 && c > 0
            ? (c * c / (2 * coastJerk)) + (c * p.CoastSeconds) + ((c + d) / 2 * (d - c) / p.ApplyJerk)
            : d * d / (2 * p.ApplyJerk);
        fixedLoss += d * d / (2 * p.ReleaseJerk);
        return (dv - fixedLoss) / d;
    }

    /// <summary>Appends the braking profile; returns the time braking started (deceleration onset).</summary>
    private double Brake(BrakePlan p) => AppendBrake(Speed, p);

    private static double AppendBrake(SpeedTimelineBuilder speed, BrakePlan p)
    {
        const double coastJerk = 0.5;
        var plateau = PlateauSecondsFor(speed.Speed, p);
        if (plateau < 0.05)
        {
            throw new InvalidOperationException($"Infeasible braking plan from {speed.Speed} m/s: {p}.");
        }

        var start = speed.Time;
        if (p.CoastSeconds > 0 && p.CoastMps2 > 0)
        {
            speed.Ramp(p.CoastMps2 / coastJerk, -p.CoastMps2);
            speed.Ramp(p.CoastSeconds, -p.CoastMps2);
            speed.Ramp((p.PlateauMps2 - p.CoastMps2) / p.ApplyJerk, -p.PlateauMps2);
        }
        else
        {
            speed.Ramp(p.PlateauMps2 / p.ApplyJerk, -p.PlateauMps2);
        }

        speed.Ramp(plateau, -p.PlateauMps2);
        speed.Ramp(p.PlateauMps2 / p.ReleaseJerk, 0);
        if (p.TargetMps == 0)
        {
            speed.SnapSpeed(0);
        }

        return start;
    }

    /// <summary>Duration and distance of a braking plan from speed <paramref name="v0"/>, without appending it.</summary>
    private static (double Seconds, double Metres, SpeedTimeline Profile) Probe(double v0, BrakePlan p)
    {
        var scratch = new SpeedTimelineBuilder(v0);
        AppendBrake(scratch, p);
        return (scratch.Time, scratch.Path, scratch.Build());
    }

    /// <summary>A gentle slowing to <paramref name="target"/> (never firm braking).</summary>
    private double SlowGently(double target)
    {
        var start = Now;
        var plan = new BrakePlan(target, 0, 0, _rng.Uniform(0.6, 1.0), 0.6, 0.6);
        if (PlateauSecondsFor(V, plan) < 0.2)
        {
            ChangeSpeed(target, 0.6, 0.6);
            return start;
        }

        return Brake(plan);
    }

    private void Stand(double seconds) => Cruise(seconds);

    // ---- Lateral primitives ---------------------------------------------------------------------

    /// <summary>A bend at constant speed: yaw rate ramps to ±ω over the transition, holds, ramps back.</summary>
    private (double Start, double Transition, double Arc) Bend(double deltaRad, double omega, double transitionSeconds)
    {
        var arc = (Math.Abs(deltaRad) / omega) - transitionSeconds;
        if (arc < 0)
        {
            transitionSeconds = Math.Abs(deltaRad) / omega;
            arc = 0;
        }

        var sign = Math.Sign(deltaRad);
        var start = Now;
        Yaw.StraightUntil(start);
        Yaw.Ramp(transitionSeconds, sign * omega);
        if (arc > 1e-6)
        {
            Yaw.Ramp(arc, sign * omega);
        }

        Yaw.Ramp(transitionSeconds, 0);
        Speed.Hold((2 * transitionSeconds) + arc);
        _lastBendEnd = Now;
        return (start, transitionSeconds, arc);
    }

    /// <summary>A lane change starting now at the current (constant) speed; returns its spec.</summary>
    private LaneChangeSpec LaneChangeNow(int side, double seconds)
    {
        var spec = new LaneChangeSpec(Now, seconds, side * LaneWidthM, V);
        LaneChanges.Add(spec);
        Speed.Hold(seconds);
        _lastLaneChangeEnd = Now;
        return spec;
    }

    // ---- Switches, limits, events ---------------------------------------------------------------

    private void Blinker(int side, double on, double off) =>
        Switches.On(side > 0 ? TruckSwitches.LeftBlinker : TruckSwitches.RightBlinker, on, off);

    private void SetLimit(double time, double kmh)
    {
        var previous = LimitKmh.Current;
        LimitKmh.Set(time, kmh);
        if (previous > 0 && kmh > 0 && kmh < previous)
        {
            _lastLimitDrop = time;
        }
    }

    private void AddEvent(double time, TelemetryEvent template, TelemetryConfiguration? configuration = null) =>
        Events.Add(new PlannedEvent((long)Math.Round(time * 1e6), configuration is null ? 2 : 0, template, configuration));

    private void AddPause(double time, double seconds, int manoeuvreId) =>
        Pauses.Add(new PlannedPause((long)Math.Round(time * 1e6), (long)Math.Round(seconds * 1e6), manoeuvreId));

    /// <summary>Cruises until blinker, braking and limit spacing rules allow a new manoeuvre.</summary>
    private void WaitForQuiet(bool stopsTurnsOrPoi)
    {
        if (stopsTurnsOrPoi)
        {
            CruiseUntil(_ftcQuietUntil);
        }
    }

    /// <summary>Cruising speed for a limit, within the profile's margin and clear of the lights 60 km/h band.</summary>
    private double CruiseSpeedFor(double limitKmh)
    {
        var kmh = limitKmh + _rng.Uniform(_profile.CruiseMarginMinKmh, Math.Min(_profile.CruiseMarginMaxKmh, 8));
        if (limitKmh <= 50)
        {
            kmh = Math.Clamp(kmh, 42, 53);
        }
        else
        {
            kmh = Math.Max(kmh, 67);
        }

        return kmh / KmhPerMps;
    }

    /// <summary>The last knot time at which the planned speed was below <paramref name="speed"/>.</summary>
    private double LastTimeBelow(double speed)
    {
        var profile = Speed.Build();
        for (var i = profile.KnotCount - 1; i >= 0; i--)
        {
            if (Math.Abs(profile.KnotSpeed(i)) < speed)
            {
                return profile.KnotTime(i);
            }
        }

        return 0;
    }

    private double AccelShare() => _profile.Name == "reckless" ? _rng.Uniform(0.85, 0.92) : _rng.Uniform(0.7, 0.85);

    /// <summary>First time in [from, to] the planned speed crosses <paramref name="speed"/>.</summary>
    private double FindSpeedCrossing(double from, double to, double speed) => FindCrossing(Speed.Build(), from, to, speed);

    /// <summary>First time in [from, to] a speed profile crosses <paramref name="speed"/> (either way), or <paramref name="to"/>.</summary>
    internal static double FindCrossing(SpeedTimeline profile, double from, double to, double speed)
    {
        const double step = 0.05;
        var cursor = 0;
        profile.Evaluate(from, ref cursor, out var first);
        var above = first.SpeedMps > speed;
        for (var t = from + step; t <= to + step; t += step)
        {
            var tt = Math.Min(t, to);
            profile.Evaluate(tt, ref cursor, out var s);
            if ((s.SpeedMps > speed) != above)
            {
                double lo = tt - step, hi = tt;
                for (var i = 0; i < 40; i++)
                {
                    var mid = 0.5 * (lo + hi);
                    profile.Evaluate(mid, ref cursor, out var m);
                    if ((m.SpeedMps > speed) == above)
                    {
                        lo = mid;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return hi;
            }

            if (tt >= to)
            {
                break;
            }
        }

        return to;
    }
}
