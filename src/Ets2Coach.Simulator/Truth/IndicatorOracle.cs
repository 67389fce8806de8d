using Ets2Coach.Habits;
using Ets2Coach.Simulator.Planning;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Truth;

/// <summary>The indicator findings for every lane change and junction turn, from the planned blinker timeline.</summary>
internal static class IndicatorOracle
{
    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var ind = o.Habits.Indicators;
        var plan = s.Plan;
        var left = plan.Switches.IntervalsOn(TruckSwitches.LeftBlinker);
        var right = plan.Switches.IntervalsOn(TruckSwitches.RightBlinker);
        var laneChangeStartShift = 0.0;
        foreach (var m in plan.Signalled)
        {
            var ts = m.StartSeconds;
            var end = m.EndSeconds;
            if (!m.IsTurn && o.LaneChangeStartMps != OracleSettings.Default.LaneChangeStartMps)
            {
                // Re-derive t_s for a perturbed start threshold.
                var owner = plan.LaneChangeOwners.First(l => l.ManoeuvreId == m.ManoeuvreId && Math.Abs(l.Spec.StartSeconds + l.Spec.CrossingOffsetSeconds(Buckets.LaneChangeStartMps) - m.StartSeconds) < 1e-6);
                laneChangeStartShift = owner.Spec.CrossingOffsetSeconds(o.LaneChangeStartMps) - owner.Spec.CrossingOffsetSeconds(Buckets.LaneChangeStartMps);
                ts += laneChangeStartShift;
                end -= laneChangeStartShift;
            }

            var same = m.Side > 0 ? left : right;
            var opposite = m.Side > 0 ? right : left;
            var kmh = m.SpeedMps * 3.6;
            var required = !m.IsTurn ? ind.LaneChangeLeadSeconds
                : kmh < ind.FastApproachKmh ? Math.Max(ind.UrbanTurnLeadSeconds, ind.UrbanTurnLeadMetres / m.SpeedMps)
                : Math.Max(ind.FastTurnLeadSeconds, ind.FastTurnLeadMetres / m.SpeedMps);

            (double On, double Off)? signal = null;
            foreach (var iv in same)
            {
                if (iv.On < ts && iv.Off >= ts)
                {
                    signal = iv;
                }
            }

            if (signal is null)
            {
                foreach (var iv in same)
                {
                    if (iv.On >= ts && iv.On <= end)
                    {
                        signal = iv;
                        break;
                    }
                }
            }

            if (signal is { } sig)
            {
                var lead = ts - sig.On;
                if (lead < ind.VeryLateSeconds)
                {
                    into.Add(new ExpectedFinding(HabitKind.IndicatorVeryLate, Severity.Minor, Math.Min(sig.On, ts), Math.Max(sig.On, ts), m.ManoeuvreId));
                }
                else if (lead < required)
                {
                    into.Add(new ExpectedFinding(HabitKind.IndicatorLate, Severity.Info, sig.On, ts, m.ManoeuvreId));
                }
            }
            else
            {
                var opp = opposite.FirstOrDefault(iv => iv.On <= ts && iv.Off > ts);
                if (opp.Off > opp.On)
                {
                    into.Add(new ExpectedFinding(HabitKind.IndicatorWrongSide, Severity.Serious, opp.On, ts, m.ManoeuvreId));
                }
                else if (!same.Any(iv => iv.Off >= ts - ind.SearchBackSeconds && iv.On <= end))
                {
                    var sev = kmh >= ind.MissingSeriousAtKmh ? Severity.Serious : Severity.Minor;
                    into.Add(new ExpectedFinding(HabitKind.IndicatorMissing, sev, ts, ts, m.ManoeuvreId));
                }
            }

            // Not cancelled: the same-side blinker still on 5 s after the end, no same-side manoeuvre meanwhile.
            var check = end + ind.NotCancelledSeconds;
            var still = same.FirstOrDefault(iv => iv.On <= end && iv.Off > check);
            if (still.Off > still.On && !plan.Signalled.Any(n => n.Side == m.Side && n.StartSeconds > end && n.StartSeconds <= check))
            {
                into.Add(new ExpectedFinding(HabitKind.IndicatorNotCancelled, Severity.Info, end, Math.Min(still.Off, plan.DurationSeconds), m.ManoeuvreId));
            }
        }
    }
}
