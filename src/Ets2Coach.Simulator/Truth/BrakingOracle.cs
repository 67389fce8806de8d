using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Truth;

/// <summary>
/// HardBraking and FollowingTooClose exactly as docs/habits.md defines them, applied to the noise-free
/// planned deceleration (smoothed like the detectors smooth it).
/// </summary>
internal static class BrakingOracle
{
    private static readonly ManoeuvreKind[] s_owners =
    [
        ManoeuvreKind.TrafficSlowdown, ManoeuvreKind.StopInLane, ManoeuvreKind.Stop, ManoeuvreKind.LimitDrop,
        ManoeuvreKind.TollGate, ManoeuvreKind.ServiceArea, ManoeuvreKind.CompanyYard, ManoeuvreKind.Ferry, ManoeuvreKind.JunctionTurn,
    ];

    public readonly record struct Episode(double Start, double End, int Level, double Peak);

    /// <summary>Braking episodes with their level (0 firm … 3 extreme), merged per the spec.</summary>
    public static List<Episode> Episodes(TrajectorySamples s, OracleSettings o)
    {
        var b = o.Habits.Braking;
        var levels = o.Habits.BrakingLevelsFor(s.Plan.Truck.TotalMassKg);
        var thresholds = new[] { levels.Firm, levels.Harsh, levels.Emergency, levels.Extreme };
        var d = s.SmoothedDeceleration(b.SmoothingSeconds);
        var raw = new List<Episode>();
        var i = 0;
        while (i < s.Count)
        {
            if (!(d[i] >= levels.Firm && s.Speed[i] * 3.6 >= b.MinSpeedKmh))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Count && d[i] >= levels.Firm)
            {
                i++;
            }

            var level = -1;
            var peak = 0.0;
            for (var k = start; k < i; k++)
            {
                peak = Math.Max(peak, d[k]);
            }

            for (var l = 0; l < thresholds.Length; l++)
            {
                if (LongestRun(d, start, i, thresholds[l]) >= b.SustainSeconds)
                {
                    level = l;
                }
            }

            if (level >= 0)
            {
                raw.Add(new Episode(TrajectorySamples.TimeOf(start), TrajectorySamples.TimeOf(i), level, peak));
            }
        }

        var merged = new List<Episode>();
        foreach (var e in raw)
        {
            if (merged.Count > 0 && e.Start - merged[^1].End < b.MergeSeconds)
            {
                var m = merged[^1];
                merged[^1] = new Episode(m.Start, e.End, Math.Max(m.Level, e.Level), Math.Max(m.Peak, e.Peak));
            }
            else
            {
                merged.Add(e);
            }
        }

        // No finding within 2 s of a crash fine (a collision, not braking).
        var crashes = s.Plan.Events.Where(e => e.Template.Kind == TelemetryEventKind.PlayerFined && e.Template.Offence == Offence.Crash)
            .Select(e => e.DriveTimeUs / 1e6).ToList();
        merged.RemoveAll(e => crashes.Any(c => c >= e.Start - b.CollisionSuppressSeconds && c <= e.End + b.CollisionSuppressSeconds));
        return merged;
    }

    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var plan = s.Plan;
        foreach (var e in Episodes(s, o))
        {
            var severity = (Severity)e.Level;
            var owner = Owners.Find(plan.Drafts, e.Start, s_owners);
            into.Add(new ExpectedFinding(HabitKind.HardBraking, severity, e.Start, e.End, owner));
            if (IsOpenRoad(s, o, e.Start))
            {
                into.Add(new ExpectedFinding(HabitKind.FollowingTooClose, Severity.Minor, e.Start, e.End, owner));
            }
        }
    }

    private static bool IsOpenRoad(TrajectorySamples s, OracleSettings o, double start)
    {
        var ahead = o.Habits.Braking.OpenRoadLookaheadSeconds;
        var plan = s.Plan;
        for (var i = s.IndexOf(start); i <= s.IndexOf(start + ahead); i++)
        {
            if (s.Speed[i] * 3.6 < o.FtcStopKmh)
            {
                return false;
            }
        }

        for (var i = 1; i < plan.LimitKmh.Count; i++)
        {
            var t = plan.LimitKmh.TimeAt(i);
            var old = plan.LimitKmh.ValueAt(i - 1);
            var now = plan.LimitKmh.ValueAt(i);
            if (old > 0 && now > 0 && old - now > o.Habits.Speed.MinDropKmh && Math.Abs(t - start) <= ahead)
            {
                return false;
            }
        }

        foreach (var m in plan.Signalled)
        {
            if (m.IsTurn && m.StartSeconds >= start && m.StartSeconds <= start + ahead)
            {
                return false;
            }
        }

        var path0 = s.Path[s.IndexOf(start)];
        foreach (var p in plan.Pois)
        {
            if (p.EventSeconds >= start && p.EventSeconds <= start + ahead && p.PathM - path0 <= o.FtcPoiAheadM)
            {
                return false;
            }
        }

        return true;
    }

    private static double LongestRun(float[] d, int from, int until, double threshold)
    {
        var best = 0;
        var run = 0;
        for (var k = from; k < until; k++)
        {
            run = d[k] >= threshold ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        // A level must be reached at all; a zero sustain then means "touched".
        return best == 0 ? -1 : best * TrajectorySamples.Step;
    }
}
