using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Truth;

/// <summary>LateBraking (stop anticipation) and StoppedInLane, per docs/habits.md.</summary>
internal static class StopOracle
{
    private static readonly ManoeuvreKind[] s_stopOwners =
    [
        ManoeuvreKind.StopInLane, ManoeuvreKind.Stop, ManoeuvreKind.TollGate, ManoeuvreKind.ServiceArea,
        ManoeuvreKind.CompanyYard, ManoeuvreKind.Ferry,
    ];

    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var b = o.Habits.Braking;
        var stoppedBelow = b.StoppedBelowKmh / 3.6;
        var d = s.SmoothedDeceleration(b.SmoothingSeconds);
        for (var i = 1; i < s.Count; i++)
        {
            if (!(s.Speed[i - 1] >= stoppedBelow && s.Speed[i] < stoppedBelow && s.Speed[i] >= 0))
            {
                continue;
            }

            var stopIndex = i;
            var stopTime = TrajectorySamples.TimeOf(i);
            var owner = Owners.Find(s.Plan.Drafts, stopTime, s_stopOwners);

            // Braking phase: back to the last acceleration, then the last speed maximum ≥ 30 km/h after it.
            var k0 = i;
            while (k0 > 0 && s.Speed[k0 - 1] >= s.Speed[k0] - 1e-12)
            {
                k0--;
            }

            var fromMps = b.StopFromKmh / 3.6;
            var phase = -1;
            for (var k = k0; k < i; k++)
            {
                var isMax = k == k0 || (s.Speed[k] >= s.Speed[k - 1] - 1e-12 && s.Speed[k + 1] < s.Speed[k] - 1e-12);
                if (isMax && s.Speed[k] >= fromMps)
                {
                    phase = k;
                }
            }

            if (phase >= 0 && o.StopPhaseFromCrossing)
            {
                var line = 1.1 * fromMps;
                var k = i;
                while (k > phase && s.Speed[k] < line)
                {
                    k--;
                }

                phase = k;
            }

            var peak = 0.0;
            if (phase >= 0)
            {
                for (var k = phase; k <= i; k++)
                {
                    peak = Math.Max(peak, d[k]);
                }

                var duration = stopTime - TrajectorySamples.TimeOf(phase);
                var mean = (s.Speed[phase] - stoppedBelow) / duration;
                var harsh = mean > b.LateStopMeanMps2 || peak > b.LateStopPeakMps2;
                var late = !harsh && (mean > b.GoodStopMeanMps2 || peak > b.GoodStopPeakMps2);
                if (late)
                {
                    into.Add(new ExpectedFinding(HabitKind.LateBraking, Severity.Minor, TrajectorySamples.TimeOf(phase), stopTime, owner));
                }
            }

            StoppedInLane(s, o, stopIndex, phase, peak, owner, into);
        }
    }

    private static void StoppedInLane(TrajectorySamples s, OracleSettings o, int stopIndex, int phase, double peak, int owner, List<ExpectedFinding> into)
    {
        var bl = o.Habits.Blocking;
        var below = bl.StoppedBelowKmh / 3.6;
        while (stopIndex < s.Count - 1 && Math.Abs(s.Speed[stopIndex]) >= below && TrajectorySamples.TimeOf(stopIndex) - TrajectorySamples.TimeOf(phase < 0 ? stopIndex : phase) < 600)
        {
            stopIndex++;
        }

        var end = stopIndex;
        while (end < s.Count - 1 && Math.Abs(s.Speed[end]) < below)
        {
            end++;
        }

        var start = TrajectorySamples.TimeOf(stopIndex);
        var seconds = TrajectorySamples.TimeOf(end) - start;
        if (seconds < bl.MinStopSeconds)
        {
            return;
        }

        var limit = s.Plan.LimitKmh.ValueAtTime(start);
        var lastSpeedKmh = phase >= 0 ? s.Speed[phase] * 3.6 : MaxSpeedBefore(s, stopIndex, 30) * 3.6;
        var fast = limit > 0 ? limit >= bl.FastRoadKmh : lastSpeedKmh >= bl.FastRoadKmh;
        if (!fast)
        {
            return;
        }

        var (x, z) = s.PositionAt(start);
        foreach (var p in s.Plan.Pois)
        {
            if (p.EventSeconds > TrajectorySamples.TimeOf(end))
            {
                continue;
            }

            var (px, pz) = s.PositionAt(p.EventSeconds);
            if (Math.Sqrt(((px - x) * (px - x)) + ((pz - z) * (pz - z))) <= bl.PoiExclusionRadiusM)
            {
                return;
            }
        }

        // Stop-go queue: moved at least 10 m below 20 km/h in the 60 s before the stop.
        var crept = 0.0;
        for (var k = Math.Max(1, s.IndexOf(start - bl.QueueWindowSeconds)); k <= stopIndex; k++)
        {
            if (Math.Abs(s.Speed[k]) * 3.6 < bl.QueueMaxKmh)
            {
                crept += Math.Abs(s.Odometer[k] - s.Odometer[k - 1]);
            }
        }

        if (crept >= bl.QueueMinMoveM)
        {
            return;
        }

        // "With hazards on": the hazard switch (not the planned stand window, which ends before the truck
        // has crept back above 2 km/h) covers the stop, a second's slack at either end.
        var hazards = s.Plan.Switches.IntervalsOn(TruckSwitches.Hazard).Any(h => h.On <= start + 1 && h.Off >= TrajectorySamples.TimeOf(end) - 1);
        var severity = peak >= bl.DangerousBrakingMps2 ? Severity.Dangerous
            : hazards && seconds < bl.SeriousWithHazardsSeconds ? Severity.Minor
            : Severity.Serious;
        into.Add(new ExpectedFinding(HabitKind.StoppedInLane, severity, start, TrajectorySamples.TimeOf(end), owner));
    }

    private static double MaxSpeedBefore(TrajectorySamples s, int index, double seconds)
    {
        var max = 0.0;
        for (var k = Math.Max(0, index - (int)(seconds / TrajectorySamples.Step)); k < index; k++)
        {
            max = Math.Max(max, s.Speed[k]);
        }

        return max;
    }
}
