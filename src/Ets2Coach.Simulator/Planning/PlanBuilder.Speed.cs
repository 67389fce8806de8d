using Ets2Coach.Simulator.Kinematics;

namespace Ets2Coach.Simulator.Planning;

/// <summary>Longitudinal profiles: jerk-limited speed changes, power-limited acceleration, braking plans.</summary>
internal sealed partial class PlanBuilder
{
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
}
