using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// TollApproachTooFast / YardApproachTooFast (5): judged on the remembered path when the POI's
/// event arrives — speed 50 m (path) before a toll booth, and the fastest moment inside 50 m of a
/// company yard or service area.
/// </summary>
internal sealed class PoiApproachDetector(DetectorContext context) : DetectorBase(context)
{
    private int _poisSeen;
    private double _judgedUntil = double.NegativeInfinity;

    public override string Name => "PoiApproach";

    public override Signals RequiredSignals => Signals.Speed | Signals.Position;

    public override void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (telemetryEvent.Kind != TelemetryEventKind.TollgatePaid || S.History.Count == 0 || (S.Available & Signals.Position) == 0)
        {
            return;
        }

        var p = O.Poi;
        if (!S.History.TryAtDistance(S.DistanceM - p.TollCheckDistanceM, out var at))
        {
            return; // the approach is not in the history (drive started at the booth)
        }

        var speedKmh = at.SpeedMps * 3.6;
        var over = speedKmh - p.TollTargetKmh;
        if (over > p.MinorOverKmh)
        {
            Report(HabitKind.TollApproachTooFast, over > p.SeriousOverKmh ? Severity.Serious : Severity.Minor, at.TimeSeconds, at.TimeSeconds,
                speedKmh, p.TollTargetKmh, "km/h", $"{speedKmh:0} km/h {p.TollCheckDistanceM:0} m before the toll booth");
        }
    }

    /// <summary>Work only when a segment starts or a POI was learnt: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        if (S.SegmentStart || _poisSeen < S.Pois.Version)
        {
            JudgeNew();
        }
    }

    private void JudgeNew()
    {
        var pois = S.Pois;
        if (S.SegmentStart)
        {
            _judgedUntil = S.TimeSeconds;
        }

        while (_poisSeen < pois.Version)
        {
            var age = pois.Version - 1 - _poisSeen;
            _poisSeen++;
            if (age < pois.Count)
            {
                var poi = pois.Back(age);
                if (poi.Kind is PoiKind.CompanyYard or PoiKind.ServiceArea)
                {
                    JudgeYard(poi);
                }
            }
        }
    }

    private void JudgeYard(in Poi poi)
    {
        var p = O.Poi;
        var h = S.History;
        var newest = S.DistanceM;
        var first = double.NaN;
        var last = double.NaN;
        var maxKmh = 0.0;
        for (var age = 0; age < h.Count; age++)
        {
            ref readonly var s = ref h.Back(age);
            if (s.TimeSeconds <= _judgedUntil || newest - s.DistanceM > p.HistoryMetres)
            {
                break;
            }

            // A radius around the POI (not path distance: trucks drive past a bay and reverse into it).
            if (double.IsFinite(s.XMetres) && poi.DistanceTo(s.XMetres, s.ZMetres) <= p.YardRadiusM)
            {
                first = s.TimeSeconds;
                if (double.IsNaN(last))
                {
                    last = s.TimeSeconds;
                }

                maxKmh = Math.Max(maxKmh, s.SpeedMps * 3.6);
            }
        }

        _judgedUntil = S.TimeSeconds;
        var over = maxKmh - p.YardTargetKmh;
        if (!double.IsNaN(first) && over > p.MinorOverKmh)
        {
            var what = poi.Kind == PoiKind.ServiceArea ? "service area" : "company yard";
            // Span: from entering the radius to where the POI was learnt (the truck stands at it).
            Report(HabitKind.YardApproachTooFast, over > p.SeriousOverKmh ? Severity.Serious : Severity.Minor, first, Math.Max(last, S.TimeSeconds),
                maxKmh, p.YardTargetKmh, "km/h", $"{maxKmh:0} km/h within {p.YardRadiusM:0} m of a {what}");
        }
    }
}
