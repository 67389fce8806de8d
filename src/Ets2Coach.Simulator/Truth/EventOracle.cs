using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Truth;

/// <summary>MenuWhileRolling, GameFine and Collision, per docs/habits.md.</summary>
internal static class EventOracle
{
    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var plan = s.Plan;
        foreach (var p in plan.Pauses)
        {
            var t = p.DriveTimeUs / 1e6;
            if (Math.Abs(s.SpeedAt(t)) * 3.6 > o.Habits.Blocking.MenuMinSpeedKmh)
            {
                into.Add(new ExpectedFinding(HabitKind.MenuWhileRolling, Severity.Minor, t, t, p.ManoeuvreId));
            }
        }

        var collisions = new List<double>();
        foreach (var e in plan.Events)
        {
            if (e.Template.Kind != TelemetryEventKind.PlayerFined)
            {
                continue;
            }

            var t = e.DriveTimeUs / 1e6;
            if (e.Template.Offence == Offence.Crash)
            {
                collisions.Add(t);
                continue;
            }

            var severity = e.Template.Offence switch
            {
                Offence.WrongWay or Offence.RedSignal or Offence.Speeding or Offence.SpeedingCamera or Offence.NoLights or Offence.HardShoulderViolation => Severity.Serious,
                Offence.AvoidSleeping => Severity.Minor,
                _ => Severity.Info,
            };
            into.Add(new ExpectedFinding(HabitKind.GameFine, severity, t, t, Owners.Find(plan.Drafts, t, ManoeuvreKind.Fine)));
        }

        // Wear jumps of at least 0.005 within 1 s; one collision with a crash fine within 5 s.
        var lastJump = double.NegativeInfinity;
        for (var t = 0.0; t <= plan.DurationSeconds; t += 0.05)
        {
            var jump = plan.WearJumps.Evaluate(t) - plan.WearJumps.Evaluate(t - o.Habits.Collisions.WearWindowSeconds);
            if (jump >= o.Habits.Collisions.WearJump && t - lastJump > o.Habits.Collisions.WearWindowSeconds + 0.1)
            {
                collisions.Add(t);
                lastJump = t;
            }
        }

        collisions.Sort();
        var last = double.NegativeInfinity;
        foreach (var t in collisions)
        {
            if (t - last > o.Habits.Collisions.MergeSeconds)
            {
                into.Add(new ExpectedFinding(HabitKind.Collision, Severity.Dangerous, t, t, Owners.Find(plan.Drafts, t, ManoeuvreKind.Collision)));
                last = t;
            }
        }
    }
}
