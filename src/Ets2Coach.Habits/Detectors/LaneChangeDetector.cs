using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// Lane changes (4a) and weaving. The road heading comes from a ramp-tracking reference
/// (<see cref="RoadReference"/>); lateral velocity is v·sin(ψ − ψ_ref). A candidate starts when
/// |v_lat| exceeds the start threshold: the reference is then re-anchored one second earlier (before
/// the manoeuvre leaked into it) and frozen — extrapolated along its rate — until the candidate ends,
/// so the lane change cannot bend its own reference. Offset = ∫v_lat dt including the sub-threshold
/// onset and tail. Curves and turns never return to the frozen reference and are abandoned.
/// </summary>
internal sealed partial class LaneChangeDetector(DetectorContext context) : DetectorBase(context)
{
    private const double AnchorBeforeSeconds = 1.0;

    /// <summary>Time after the end before a lane change is judged: the tail, and the heading after it for the refit.</summary>
    private const double TailSeconds = 2.0;
    private const double CooldownSeconds = 2.0;

    /// <summary>
    /// After a reset (start, low speed, an abandoned curve) the reference is re-fitted to the last second of
    /// heading at every 10 Hz sample until its rate has been steady this long; only then can a lane change
    /// start. The rate comes from the heading, never from the yaw-rate channel: a rate error of 0.1°/s moves a
    /// 5 s lane change at 90 km/h by half a metre, and the channel's noise is several times that.
    /// </summary>
    private const double SettleSeconds = 1.0;

    /// <summary>The fitted rate counts as steady while it changes less than this over half a second (rad/s).</summary>
    private const double SettleRateToleranceRadPerS = 0.0005;
    private const double AbandonLanes = 2.5;

    private readonly double _omega = 1 / context.Options.LaneChanges.RoadReferenceSeconds;
    private readonly Ring<ReferenceSnapshot> _snapshots = new(256);
    private readonly double[] _widths = new double[64];
    private readonly double[] _scratch = new double[64];
    private int _widthsAdded;
    private RoadReference _reference;
    private double _nextSnapshot = double.NegativeInfinity;
    private double _cooldownUntil = double.NegativeInfinity;
    private double _previousVlat;

    private bool _active;
    private double _start;
    private double _anchorT;
    private double _anchorHeading;
    private double _anchorRate;
    private int _side;
    private double _offset;
    private double _peakVlat;
    private double _maxAlat;
    private double _minAlat;
    private double _quietSince = double.NegativeInfinity;
    private bool _settling = true;
    private double _steadySince = double.NaN;
    private readonly double[] _settleRates = new double[8];
    private int _settleRatesAdded;
    private double _endAt = double.NaN;
    private double _speedAtStart;

    private bool _hasLast;
    private int _lastSide;
    private double _lastStart;
    private double _lastEnd;

    public override string Name => "LaneChange";

    public override Signals RequiredSignals => Signals.Speed | Signals.Heading;

    /// <summary>The lane width in use: the option, then the median of accepted lane changes.</summary>
    public double LaneWidthM { get; private set; } = context.Options.LaneChanges.LaneWidthM;

    /// <summary>Accepted lane changes needed before the width is recalibrated from their median displacement.</summary>
    private static int CalibrationCount => 10;

    public override void OnFrame()
    {
        var s = S;
        const Signals needed = Signals.Speed | Signals.Heading;
        if (s.SegmentStart || !s.Forward || (s.Available & needed) != needed)
        {
            Drop();
            _reference.IsSet = false;
            _snapshots.Clear();
            StartSettling();
            return;
        }

        var l = O.LaneChanges;
        var t = s.TimeSeconds;
        var psi = s.HeadingRad;
        var v = s.SpeedAbsMps;
        if (!_reference.IsSet || (!_active && v * 3.6 < l.MinSpeedKmh))
        {
            // No reference yet, or too slow to judge lane changes: settle it on the heading so it is fresh at speed.
            if (!_reference.IsSet)
            {
                _reference.Reset(psi, 0);
            }

            StartSettling();
        }

        if (_settling && !_active)
        {
            Settle(t, psi, v);
            return;
        }

        if (!_active)
        {
            _reference.Track(psi, s.DtSeconds, _omega);

            // Waiting for a start: v·Δψ is v·sin Δψ within 0.2 % at lane-change angles (Begin recomputes exactly).
            var vlat = v * (psi - _reference.HeadingRad);
            Snapshot(t, _reference.HeadingRad, _reference.RateRadPerS, psi, v);
            if (Math.Abs(vlat) >= l.StartLateralSpeedMps && t >= _cooldownUntil)
            {
                Begin(vlat);
            }
            else
            {
                _previousVlat = vlat;
            }

            return;
        }

        Continue();
    }

    public override void Complete()
    {
        if (_active && !double.IsNaN(_endAt))
        {
            Finish(_endAt);
        }

        Drop();
    }

    private void Continue()
    {
        var s = S;
        var l = O.LaneChanges;
        var t = s.TimeSeconds;
        var v = s.SpeedAbsMps;
        var reference = _anchorHeading + (_anchorRate * (t - _anchorT));
        var vlat = v * SmallAngle.Sin(s.HeadingRad - reference);
        var on = l.StartLateralSpeedMps;
        Snapshot(t, reference, _anchorRate, s.HeadingRad, v);

        // Past the end only motion towards the same side counts: the next manoeuvre may already start.
        var a = double.IsNaN(_endAt) ? _previousVlat : Clip(_previousVlat);
        var b = double.IsNaN(_endAt) ? vlat : Clip(vlat);
        _offset += 0.5 * (a + b) * s.DtSeconds;
        if (SideOf(vlat) == _side)
        {
            _peakVlat = Math.Max(_peakVlat, Math.Abs(vlat));
        }

        if ((s.Available & Signals.Lateral) != 0 && double.IsNaN(_endAt))
        {
            // Lateral acceleration relative to the road: measured (leftward) minus the road's centripetal part.
            var relative = -s.LateralFastMps2 - (v * _anchorRate);
            _maxAlat = Math.Max(_maxAlat, relative);
            _minAlat = Math.Min(_minAlat, relative);
        }

        if (double.IsNaN(_endAt))
        {
            if (Math.Abs(vlat) < on)
            {
                _endAt = Crossing.Time(s.PreviousTimeSeconds, Math.Abs(_previousVlat), t, Math.Abs(vlat), on);
            }
        }
        else if (Math.Abs(vlat) >= on)
        {
            if (SideOf(vlat) == _side)
            {
                _endAt = double.NaN; // it went on: one longer lane change
            }
            else
            {
                Finish(_endAt);
                Begin(vlat);
                return;
            }
        }
        else if (t - _endAt >= TailSeconds)
        {
            Finish(_endAt);
            _previousVlat = vlat;
            return;
        }

        if (t - _start > l.MaxDurationSeconds + TailSeconds || Math.Abs(_offset) > AbandonLanes * LaneWidthM)
        {
            // Never came back parallel to the road: a curve or a turn, not a lane change.
            Abandon();
            return;
        }

        _previousVlat = vlat;
    }

    /// <summary>Math.Sign for the finite lateral speeds here: Math.Sign(double) checks for NaN to throw, which keeps it from inlining.</summary>
    private static int SideOf(double vlat) => vlat > 0 ? 1 : vlat < 0 ? -1 : 0;

    private double Clip(double vlat) => SideOf(vlat) == _side ? vlat : 0;

    private void Begin(double vlat)
    {
        var s = S;
        var t = s.TimeSeconds;
        var on = O.LaneChanges.StartLateralSpeedMps;
        _start = Crossing.Time(s.PreviousTimeSeconds, Math.Abs(_previousVlat), t, Math.Abs(vlat), on);
        _side = Math.Sign(vlat);

        // Re-anchor the reference before the onset leaked into it, then integrate the onset.
        var anchorAge = _snapshots.Count - 1;
        for (var age = 0; age < _snapshots.Count; age++)
        {
            if (_snapshots.Back(age).TimeSeconds <= _start - AnchorBeforeSeconds)
            {
                anchorAge = age;
                break;
            }
        }

        var anchor = _snapshots.Back(anchorAge);
        _anchorT = anchor.TimeSeconds;
        _anchorHeading = anchor.ReferenceHeadingRad;
        _anchorRate = anchor.ReferenceRateRadPerS;
        _offset = 0;
        _peakVlat = 0;
        _maxAlat = 0;
        _minAlat = 0;
        double previousT = 0, previousV = 0;
        for (var age = anchorAge; age >= 0; age--)
        {
            var p = _snapshots.Back(age);
            var lv = Clip(p.SpeedMps * SmallAngle.Sin(p.HeadingRad - (_anchorHeading + (_anchorRate * (p.TimeSeconds - _anchorT)))));
            if (age < anchorAge)
            {
                _offset += 0.5 * (lv + previousV) * (p.TimeSeconds - previousT);
            }

            _peakVlat = Math.Max(_peakVlat, Math.Abs(lv));
            previousT = p.TimeSeconds;
            previousV = lv;
        }

        var now = s.SpeedAbsMps * SmallAngle.Sin(s.HeadingRad - (_anchorHeading + (_anchorRate * (t - _anchorT))));
        if (t > previousT)
        {
            _offset += 0.5 * (Clip(now) + previousV) * (t - previousT);
        }

        _peakVlat = Math.Max(_peakVlat, Math.Abs(Clip(now)));
        _previousVlat = now;
        _endAt = double.NaN;
        _speedAtStart = s.SpeedAbsMps;
        _active = true;
        Shared.OpenLaneChangeStartSeconds = _start;
    }

    private void Snapshot(double t, double reference, double rate, double heading, double speed)
    {
        if (t >= _nextSnapshot)
        {
            _snapshots.Add(new ReferenceSnapshot(t, reference, rate, heading, speed));
            _nextSnapshot = t + PathHistory.IntervalSeconds - 1e-6;
        }
    }

    private void Abandon()
    {
        var s = S;
        Drop();
        _cooldownUntil = s.TimeSeconds + CooldownSeconds;
        _quietSince = s.TimeSeconds;
        StartSettling();
        _previousVlat = 0;
    }

    private void Drop()
    {
        _active = false;
        _endAt = double.NaN;
        Shared.OpenLaneChangeStartSeconds = double.NaN;
    }
}
