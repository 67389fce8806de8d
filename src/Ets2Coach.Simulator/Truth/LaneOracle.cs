using Ets2Coach.Habits;

namespace Ets2Coach.Simulator.Truth;

/// <summary>Lane-change abruptness, weaving and harsh cornering from the planned geometry, per docs/habits.md.</summary>
internal static class LaneOracle
{
    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var lc = o.Habits.LaneChanges;
        var plan = s.Plan;
        var accepted = new List<(double Start, double End, int Side, int Owner)>();
        foreach (var (spec, owner) in plan.LaneChangeOwners)
        {
            var width = Math.Abs(spec.WidthM);
            var lanes = width / lc.LaneWidthM;
            var cross = spec.CrossingOffsetSeconds(o.LaneChangeStartMps);
            var start = spec.StartSeconds + cross;
            var end = spec.EndSeconds - cross;
            if (spec.SpeedMps * 3.6 < lc.MinSpeedKmh || lanes < lc.MinDisplacementLanes || lanes > lc.MaxDisplacementLanes
                || end - start < lc.MinDurationSeconds || end - start > lc.MaxDurationSeconds)
            {
                continue;
            }

            accepted.Add((start, end, Math.Sign(spec.WidthM), owner));
            var tEq = spec.DurationSeconds; // 2·W / v_lat,peak for the sine profile
            var aLat = spec.PeakLateralMps2;
            if (o.LaneChangeLateralSmoothingSeconds > 0)
            {
                // A first-order lag at the profile's frequency 2π/T scales its peak by 1/√(1 + (ωτ)²).
                var wt = 2 * Math.PI / spec.DurationSeconds * o.LaneChangeLateralSmoothingSeconds;
                aLat /= Math.Sqrt(1 + (wt * wt));
            }

            Severity? severity = tEq < lc.SevereEquivalentSeconds || aLat >= lc.SevereLateralMps2 ? Severity.Serious
                : tEq < lc.AbruptEquivalentSeconds || aLat >= lc.AbruptLateralMps2 ? Severity.Minor
                : tEq < lc.BriskEquivalentSeconds ? Severity.Info
                : null;
            if (severity is { } sev)
            {
                var kind = sev switch { Severity.Serious => HabitKind.LaneChangeSevere, Severity.Minor => HabitKind.LaneChangeAbrupt, _ => HabitKind.LaneChangeBrisk };
                into.Add(new ExpectedFinding(kind, sev, start, end, owner));
            }
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < accepted.Count; i++)
        {
            var prev = accepted[i - 1];
            var cur = accepted[i];
            if (cur.Side != prev.Side && cur.Start - prev.End < lc.WeavingWindowSeconds)
            {
                into.Add(new ExpectedFinding(HabitKind.Weaving, Severity.Serious, prev.Start, cur.End, cur.Owner));
            }
        }

        var loaded = plan.CargoKg >= o.Habits.Mass.LoadedCargoKg;
        var levels = loaded
            ? new[] { lc.LoadedCautionMps2, lc.LoadedHarshMps2, lc.LoadedSevereMps2 }
            : new[] { lc.EmptyCautionMps2, lc.EmptyHarshMps2, lc.EmptySevereMps2 };
        foreach (var c in plan.Corners)
        {
            var peak = c.SpeedMps * c.PeakOmegaRadPerS;
            var reached = -1;
            for (var l = 0; l < levels.Length; l++)
            {
                if (peak > levels[l] && c.ArcSeconds + (2 * c.TransitionSeconds * (1 - (levels[l] / peak))) >= lc.CorneringSustainSeconds)
                {
                    reached = l;
                }
            }

            if (reached < 0)
            {
                continue;
            }

            var inFrac = levels[0] / peak;
            var start = c.StartSeconds + (c.TransitionSeconds * inFrac);
            var end = c.StartSeconds + c.TransitionSeconds + c.ArcSeconds + (c.TransitionSeconds * (1 - inFrac));
            into.Add(new ExpectedFinding(HabitKind.HarshCornering, (Severity)reached, start, end, c.ManoeuvreId));
        }
    }
}
