using Ets2Coach.Habits;
using Ets2Coach.Simulator.Planning;

namespace Ets2Coach.Simulator.Truth;

/// <summary>TollApproachTooFast and YardApproachTooFast from the approach path, per docs/habits.md.</summary>
internal static class PoiOracle
{
    public static void Evaluate(TrajectorySamples s, OracleSettings o, List<ExpectedFinding> into)
    {
        var poi = o.Habits.Poi;
        foreach (var p in s.Plan.Pois)
        {
            var eventIndex = s.IndexOf(p.EventSeconds);
            if (p.Kind == PoiKind.TollGate)
            {
                // The last moment before the event the truck was 50 m (path) before the booth.
                var mark = p.PathM - poi.TollCheckDistanceM;
                var k = eventIndex;
                while (k > 0 && s.Path[k] > mark)
                {
                    k--;
                }

                var kmh = s.Speed[k] * 3.6;
                var over = kmh - poi.TollTargetKmh;
                if (over > poi.MinorOverKmh)
                {
                    var t = TrajectorySamples.TimeOf(k);
                    into.Add(new ExpectedFinding(HabitKind.TollApproachTooFast, over > poi.SeriousOverKmh ? Severity.Serious : Severity.Minor, t, t, p.ManoeuvreId));
                }
            }
            else if (p.Kind is PoiKind.CompanyYard or PoiKind.ServiceArea)
            {
                var max = 0.0;
                var first = double.NaN;
                var odo = s.Odometer[eventIndex];
                for (var k = eventIndex; k >= 0 && odo - s.Odometer[k] <= poi.HistoryMetres; k--)
                {
                    if (Math.Abs(s.Path[k] - p.PathM) <= poi.YardRadiusM)
                    {
                        max = Math.Max(max, Math.Abs(s.Speed[k]) * 3.6);
                        first = TrajectorySamples.TimeOf(k);
                    }
                }

                var over = max - poi.YardTargetKmh;
                if (over > poi.MinorOverKmh)
                {
                    into.Add(new ExpectedFinding(HabitKind.YardApproachTooFast, over > poi.SeriousOverKmh ? Severity.Serious : Severity.Minor, first, p.EventSeconds, p.ManoeuvreId));
                }
            }
        }
    }
}
