using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// Indicators (2a, 2b) for every published lane change and junction turn: lead of the same-side
/// logical blinker against the required lead, wrong side, missing, and not cancelled afterwards.
/// </summary>
internal sealed class IndicatorDetector(DetectorContext context) : DetectorBase(context)
{
    private readonly Ring<TimeInterval> _left = new(32);
    private readonly Ring<TimeInterval> _right = new(32);
    private readonly Ring<NotCancelledCheck> _checks = new(16);
    private long _manoeuvresRead;
    private long _checksDone;
    private bool _leftOn;
    private bool _rightOn;
    private double _lastUnavailable = double.NegativeInfinity;
    private double _lastReportedInterval = double.NaN;

    public override string Name => "Indicator";

    public override Signals RequiredSignals => Signals.Blinkers;

    /// <summary>With the blinkers known and unchanged and nothing new to judge, nothing changes: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        var s = S;
        if (s.SegmentStart || (s.Available & Signals.Blinkers) == 0 || s.LeftBlinker != _leftOn || s.RightBlinker != _rightOn ||
            _manoeuvresRead < Shared.Manoeuvres.Added || _checksDone < _checks.Added)
        {
            Update();
        }
    }

    private void Update()
    {
        var s = S;
        var t = s.TimeSeconds;
        if (s.SegmentStart)
        {
            _left.Clear();
            _right.Clear();
            _leftOn = _rightOn = false;
            _checksDone = _checks.Added;
            _lastUnavailable = t;
        }

        if ((s.Available & Signals.Blinkers) == 0)
        {
            _lastUnavailable = t;
        }
        else
        {
            Track(_left, ref _leftOn, s.LeftBlinker, t);
            Track(_right, ref _rightOn, s.RightBlinker, t);
        }

        var manoeuvres = Shared.Manoeuvres;
        for (; _manoeuvresRead < manoeuvres.Added; _manoeuvresRead++)
        {
            if (manoeuvres.Holds(_manoeuvresRead))
            {
                Judge(manoeuvres.At(_manoeuvresRead));
            }
        }

        while (_checksDone < _checks.Added)
        {
            if (!Decide(_checks.At(_checksDone), t, false))
            {
                break;
            }

            _checksDone++;
        }
    }

    public override void Complete()
    {
        while (_checksDone < _checks.Added)
        {
            Decide(_checks.At(_checksDone), S.TimeSeconds, true);
            _checksDone++;
        }
    }

    private static void Track(Ring<TimeInterval> ring, ref bool on, bool now, double t)
    {
        if (now && !on)
        {
            ring.Add(new TimeInterval(t, double.PositiveInfinity));
        }
        else if (!now && on && ring.Count > 0)
        {
            ring.ReplaceNewest(ring.Back(0) with { End = t });
        }

        on = now;
    }

    private void Judge(in Manoeuvre m)
    {
        var o = O.Indicators;
        if (_lastUnavailable >= m.StartSeconds - o.SearchBackSeconds)
        {
            return; // no blinker signal around this manoeuvre: stay silent
        }

        var same = m.Side > 0 ? _left : _right;
        var opposite = m.Side > 0 ? _right : _left;
        var ts = m.StartSeconds;
        var required = RequiredLead(m);
        var what = m.IsTurn ? (m.Side > 0 ? "left turn" : "right turn") : (m.Side > 0 ? "lane change left" : "lane change right");
        var covering = Find(same, ts, ts, out var interval);
        if (covering)
        {
            var lead = ts - interval.Start;
            if (lead < o.VeryLateSeconds)
            {
                Report(HabitKind.IndicatorVeryLate, Severity.Minor, interval.Start, ts, lead, o.VeryLateSeconds, "s", $"{what}: signal {lead:0.0} s before");
            }
            else if (lead < required)
            {
                Report(HabitKind.IndicatorLate, Severity.Info, interval.Start, ts, lead, required, "s", $"{what}: signal {lead:0.0} s before, {required:0.0} s needed");
            }
        }
        else if (FindStartingIn(same, ts, m.EndSeconds, out interval))
        {
            var lead = ts - interval.Start;
            Report(HabitKind.IndicatorVeryLate, Severity.Minor, ts, interval.Start, lead, o.VeryLateSeconds, "s", $"{what}: signal only after the move began");
        }
        else if (Find(opposite, ts, ts, out var wrong))
        {
            Report(HabitKind.IndicatorWrongSide, Severity.Serious, wrong.Start, ts, 0, 0, "", $"{what} with the opposite indicator on");
        }
        else if (!Overlaps(same, ts - o.SearchBackSeconds, m.EndSeconds))
        {
            var serious = m.SpeedAtStartMps * 3.6 >= o.MissingSeriousAtKmh;
            Report(HabitKind.IndicatorMissing, serious ? Severity.Serious : Severity.Minor, ts, ts, m.SpeedAtStartMps * 3.6, o.MissingSeriousAtKmh, "km/h", $"{what} without indicating");
        }

        // (A same-side signal that was cancelled shortly before the move is neither a lead nor missing: no finding.)

        // Still on at the end: check it is cancelled (unless another same-side manoeuvre follows).
        if (Find(same, m.EndSeconds, m.EndSeconds, out interval))
        {
            _checks.Add(new NotCancelledCheck(m.Side, m.EndSeconds, interval.Start));
        }
    }

    private double RequiredLead(in Manoeuvre m)
    {
        var o = O.Indicators;
        if (!m.IsTurn)
        {
            return o.LaneChangeLeadSeconds;
        }

        var v = Math.Max(m.ApproachSpeedMps, 0.1);
        return m.ApproachSpeedMps * 3.6 >= o.FastApproachKmh
            ? Math.Max(o.FastTurnLeadSeconds, o.FastTurnLeadMetres / v)
            : Math.Max(o.UrbanTurnLeadSeconds, o.UrbanTurnLeadMetres / v);
    }

    /// <summary>Decides one not-cancelled check; false when it cannot be decided yet.</summary>
    private bool Decide(in NotCancelledCheck c, double t, bool final)
    {
        var o = O.Indicators;
        var ring = c.Side > 0 ? _left : _right;
        var deadline = c.EndSeconds + o.NotCancelledSeconds;
        if (!Find(ring, c.IntervalStart, c.IntervalStart, out var interval) || interval.Start != c.IntervalStart)
        {
            return true; // history gone
        }

        if (interval.End < deadline)
        {
            return true; // cancelled in time
        }

        if (!final && (double.IsPositiveInfinity(interval.End) || t < deadline))
        {
            return false; // still on: report when it goes off (or at the end of the drive)
        }

        // Another same-side manoeuvre started in the meantime: the signal served that one.
        var manoeuvres = Shared.Manoeuvres;
        for (var i = 0; i < manoeuvres.Count; i++)
        {
            ref readonly var m = ref manoeuvres.Back(i);
            if (m.Side == c.Side && m.StartSeconds > c.EndSeconds && m.StartSeconds <= deadline)
            {
                return true;
            }
        }

        if (!final && (OpenWithin(Shared.OpenLaneChangeStartSeconds, c.EndSeconds, deadline) || OpenWithin(Shared.OpenTurnStartSeconds, c.EndSeconds, deadline)))
        {
            return false; // wait: it may be a same-side manoeuvre
        }

        if (interval.Start == _lastReportedInterval)
        {
            return true; // one finding per forgotten signal
        }

        _lastReportedInterval = interval.Start;
        var off = double.IsPositiveInfinity(interval.End) ? t : interval.End;
        Report(HabitKind.IndicatorNotCancelled, Severity.Info, c.EndSeconds, off, off - c.EndSeconds, o.NotCancelledSeconds, "s", "indicator left on after the manoeuvre");
        return true;
    }

    private static bool OpenWithin(double start, double after, double until) => !double.IsNaN(start) && start > after && start <= until;

    private static bool Find(Ring<TimeInterval> ring, double from, double to, out TimeInterval interval)
    {
        for (var i = 0; i < ring.Count; i++)
        {
            interval = ring.Back(i);
            if (interval.Start <= from && interval.End >= to)
            {
                return true;
            }
        }

        interval = default;
        return false;
    }

    private static bool Overlaps(Ring<TimeInterval> ring, double from, double to)
    {
        for (var i = 0; i < ring.Count; i++)
        {
            if (ring.Back(i).Overlaps(from, to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FindStartingIn(Ring<TimeInterval> ring, double after, double until, out TimeInterval interval)
    {
        for (var i = ring.Count - 1; i >= 0; i--)
        {
            interval = ring.Back(i);
            if (interval.Start > after && interval.Start <= until)
            {
                return true;
            }
        }

        interval = default;
        return false;
    }

    private readonly record struct NotCancelledCheck(int Side, double EndSeconds, double IntervalStart);
}
