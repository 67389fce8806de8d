namespace Ets2Coach.Habits.Detectors;

internal sealed partial class LaneChangeDetector
{
    private void Finish(double end)
    {
        var s = S;
        var l = O.LaneChanges;
        var t = s.TimeSeconds;
        var frozen = _anchorHeading + (_anchorRate * (t - _anchorT));
        var rate = _anchorRate;
        Drop();
        if (Refit(ref end, out var fit))
        {
            frozen = fit.HeadingAt(t);
            rate = fit.RateRadPerS;
        }

        var peakAlat = Math.Max(Math.Abs(_maxAlat + (_speedAtStart * (_anchorRate - rate))), Math.Abs(_minAlat + (_speedAtStart * (_anchorRate - rate))));
        _quietSince = end + 0.5;

        var displacement = Math.Abs(_offset);
        var duration = end - _start;
        var width = LaneWidthM;
        // The duration bounds apply to the equivalent duration: between the 0.25 m/s crossings a
        // lane change of duration T lasts only about 0.85 T, which would drop genuine 1.6 s swerves.
        var equivalent = _peakVlat > 0 ? 2 * displacement / _peakVlat : double.PositiveInfinity;
        var accepted = displacement >= l.MinDisplacementLanes * width && displacement <= l.MaxDisplacementLanes * width &&
                       equivalent >= l.MinDurationSeconds && duration <= l.MaxDurationSeconds &&
                       _speedAtStart * 3.6 >= l.MinSpeedKmh && Math.Sign(_offset) == _side && _peakVlat > 0;
        if (!accepted && (duration > l.MaxDurationSeconds || displacement > l.MaxDisplacementLanes * width))
        {
            Abandon();
            return;
        }

        // The (refitted) reference is still the road: resume tracking from it.
        _reference.Reset(frozen, rate);
        if (!accepted)
        {
            return;
        }

        Judge(end, equivalent, peakAlat);
        Shared.Manoeuvres.Add(new Manoeuvre(false, _side, _start, end, _speedAtStart, _speedAtStart));

        if (_hasLast && _lastSide != _side && _start - _lastEnd < l.WeavingWindowSeconds)
        {
            Report(HabitKind.Weaving, Severity.Serious, _lastStart, end, _start - _lastEnd, l.WeavingWindowSeconds, "s",
                "lane changes in opposite directions in quick succession");
        }

        _hasLast = true;
        _lastSide = _side;
        _lastStart = _start;
        _lastEnd = end;
        _widths[_widthsAdded % _widths.Length] = displacement;
        _widthsAdded++;
        if (_widthsAdded >= CalibrationCount)
        {
            LaneWidthM = CalibratedWidth();
        }
    }

    private void Judge(double end, double equivalentSeconds, double lateral)
    {
        var l = O.LaneChanges;
        if (equivalentSeconds < l.SevereEquivalentSeconds || lateral >= l.SevereLateralMps2)
        {
            ReportChange(HabitKind.LaneChangeSevere, Severity.Serious, end, equivalentSeconds, lateral, l.SevereEquivalentSeconds, l.SevereLateralMps2);
        }
        else if (equivalentSeconds < l.AbruptEquivalentSeconds || lateral >= l.AbruptLateralMps2)
        {
            ReportChange(HabitKind.LaneChangeAbrupt, Severity.Minor, end, equivalentSeconds, lateral, l.AbruptEquivalentSeconds, l.AbruptLateralMps2);
        }
        else if (equivalentSeconds < l.BriskEquivalentSeconds)
        {
            Report(HabitKind.LaneChangeBrisk, Severity.Info, _start, end, equivalentSeconds, l.BriskEquivalentSeconds, "s", Detail(equivalentSeconds, lateral));
        }
    }

    private string Detail(double equivalentSeconds, double lateral) =>
        $"{(_side > 0 ? "left" : "right")}, equivalent duration {equivalentSeconds:0.0} s, peak lateral {lateral:0.0} m/s²";

    private void ReportChange(HabitKind kind, Severity severity, double end, double equivalent, double lateral, double equivalentLimit, double lateralLimit)
    {
        var detail = Detail(equivalent, lateral);
        if (equivalent < equivalentLimit)
        {
            Report(kind, severity, _start, end, equivalent, equivalentLimit, "s", detail);
        }
        else
        {
            Report(kind, severity, _start, end, lateral, lateralLimit, "m/s²", detail);
        }
    }

    private double CalibratedWidth()
    {
        var n = Math.Min(_widthsAdded, _widths.Length);
        Array.Copy(_widths, _scratch, n);
        Array.Sort(_scratch, 0, n);
        return (n & 1) == 1 ? _scratch[n / 2] : 0.5 * (_scratch[(n / 2) - 1] + _scratch[n / 2]);
    }
}
