using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// LimitDropLate / LimitDropMissed (1c): after a drop of the navigation limit with the truck above
/// the new limit + tolerance, the time until it complies (3–8 s late; more than 8 s, or still 15 km/h
/// over 3 s after the drop, missed).
/// </summary>
internal sealed class LimitDropDetector(DetectorContext context) : DetectorBase(context)
{
    private bool _open;
    private double _dropAt;
    private double _newLimitKmh;
    private bool _checkedAt3;
    private double _overAt3Kmh;
    private bool _missedByExcess;

    public override string Name => "LimitDrop";

    public override Signals RequiredSignals => Signals.Speed | Signals.Limit;

    /// <summary>Nothing to do unless an episode is open, the limit dropped or a segment starts: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        if (_open || S.LimitDropped || S.SegmentStart)
        {
            Track();
        }
    }

    private void Track()
    {
        var s = S;
        var o = O.Speed;
        if (s.SegmentStart)
        {
            SetOpen(false, s.TimeSeconds);
        }

        if (!s.Forward)
        {
            return;
        }

        var t = s.TimeSeconds;
        var t0 = s.PreviousTimeSeconds;
        var v = s.SpeedKmh;
        var v0 = s.PreviousSpeedAbsMps * 3.6;
        if (_open)
        {
            if (s.LimitChanged)
            {
                // The limit changed again before the truck complied: the episode ends here.
                Finish(t0);
            }
            else
            {
                var target = _newLimitKmh + o.ToleranceKmh;
                var checkAt = _dropAt + o.LateAfterSeconds;
                if (!_checkedAt3 && t >= checkAt)
                {
                    _checkedAt3 = true;
                    _overAt3Kmh = Crossing.ValueAt(t0, v0, t, v, checkAt) - _newLimitKmh;
                    _missedByExcess = _overAt3Kmh > o.MissedOverKmh;
                }

                if (v <= target)
                {
                    Finish(Crossing.Time(t0, v0, t, v, target));
                }
            }
        }

        if (!_open && s.LimitDropped && v > (s.LimitMps * 3.6) + o.ToleranceKmh)
        {
            _dropAt = t;
            _newLimitKmh = s.LimitMps * 3.6;
            _checkedAt3 = false;
            _missedByExcess = false;
            _overAt3Kmh = double.NaN;
            SetOpen(true, t);
        }
    }

    public override void Complete()
    {
        if (_open)
        {
            Finish(S.TimeSeconds);
        }
    }

    private void Finish(double end)
    {
        var o = O.Speed;
        SetOpen(false, end);
        var seconds = end - _dropAt;
        if (_missedByExcess)
        {
            Report(HabitKind.LimitDropMissed, Severity.Serious, _dropAt, end, _overAt3Kmh, o.MissedOverKmh, "km/h",
                $"{_overAt3Kmh:0} km/h over the new {_newLimitKmh:0} km/h limit {o.LateAfterSeconds:0} s after it");
        }
        else if (seconds > o.MissedAfterSeconds)
        {
            Report(HabitKind.LimitDropMissed, Severity.Serious, _dropAt, end, seconds, o.MissedAfterSeconds, "s",
                $"{seconds:0.0} s to slow to the new {_newLimitKmh:0} km/h limit");
        }
        else if (seconds > o.LateAfterSeconds)
        {
            Report(HabitKind.LimitDropLate, Severity.Minor, _dropAt, end, seconds, o.LateAfterSeconds, "s",
                $"{seconds:0.0} s to slow to the new {_newLimitKmh:0} km/h limit");
        }
    }

    private void SetOpen(bool open, double t)
    {
        if (_open && !open)
        {
            Shared.LimitDropEndedSeconds = t;
        }

        _open = open;
        Shared.LimitDropOpen = open;
    }
}
