using Ets2Coach.Habits;

namespace Ets2Coach.Simulator.Truth;

/// <summary>LimitDropLate, LimitDropMissed and Speeding, per docs/habits.md.</summary>
internal static class SpeedOracle
{
    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var sp = o.Habits.Speed;
        var plan = s.Plan;
        var dropEpisodes = new List<(double Start, double End)>();
        for (var i = 1; i < plan.LimitKmh.Count; i++)
        {
            var t = plan.LimitKmh.TimeAt(i);
            var old = plan.LimitKmh.ValueAt(i - 1);
            var now = plan.LimitKmh.ValueAt(i);
            if (!(old > 0 && now > 0 && old - now > sp.MinDropKmh))
            {
                continue;
            }

            var line = (now + sp.ToleranceKmh) / 3.6;
            var k = s.IndexOf(t);
            if (!(s.Speed[k] > line))
            {
                continue;
            }

            var until = i + 1 < plan.LimitKmh.Count ? plan.LimitKmh.TimeAt(i + 1) : plan.DurationSeconds;
            var end = until;
            for (var j = k; j < s.Count && TrajectorySamples.TimeOf(j) < until; j++)
            {
                if (s.Speed[j] <= line)
                {
                    end = TrajectorySamples.TimeOf(j);
                    break;
                }
            }

            dropEpisodes.Add((t, end));
            var comply = end - t;
            var at3 = s.SpeedAt(t + sp.LateAfterSeconds) * 3.6;
            var owner = Owners.Find(plan.Drafts, t, ManoeuvreKind.LimitDrop);
            if (comply > sp.MissedAfterSeconds || (comply > sp.LateAfterSeconds && at3 > now + sp.MissedOverKmh))
            {
                into.Add(new ExpectedFinding(HabitKind.LimitDropMissed, Severity.Serious, t, end, owner));
            }
            else if (comply > sp.LateAfterSeconds)
            {
                into.Add(new ExpectedFinding(HabitKind.LimitDropLate, Severity.Minor, t, end, owner));
            }
        }

        // Sustained speeding: above L + 10 continuously for more than 60 s (counted after any drop episode).
        var cursor = 0;
        var runStart = -1.0;
        var peakOver = 0.0;
        for (var i = 0; i <= s.Count; i++)
        {
            var t = TrajectorySamples.TimeOf(Math.Min(i, s.Count - 1));
            var limit = i < s.Count ? plan.LimitKmh.Evaluate(t, ref cursor) : 0;
            var over = i < s.Count && limit > 0 ? (s.Speed[i] * 3.6) - limit : double.NegativeInfinity;
            var inDrop = false;
            foreach (var e in dropEpisodes)
            {
                inDrop |= t >= e.Start && t < e.End;
            }

            if (over > sp.SpeedingOverKmh && !inDrop)
            {
                if (runStart < 0)
                {
                    runStart = t;
                    peakOver = over;
                }

                peakOver = Math.Max(peakOver, over);
                continue;
            }

            if (runStart >= 0 && t - runStart > sp.SpeedingMinSeconds)
            {
                var severity = peakOver > sp.SpeedingSeriousOverKmh ? Severity.Serious : Severity.Minor;
                into.Add(new ExpectedFinding(HabitKind.Speeding, severity, runStart, t, Owners.Find(plan.Drafts, runStart + 1, ManoeuvreKind.SpeedingStretch)));
            }

            runStart = -1;
        }
    }
}
