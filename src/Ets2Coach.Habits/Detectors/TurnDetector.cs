using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// Junction turns (4b), published for the indicator and following-distance detectors: the heading
/// starts to change (yaw rate above a small threshold, approach heading captured), the turn starts
/// when it is 7.5° off the approach heading, and ends when the yaw rate has settled for a second.
/// A junction turn turned 60–120° within 20 s at 50 km/h or less on a radius of at most 150 m;
/// anything else (curves, lane changes, roundabouts, U-turns) is not.
/// </summary>
internal sealed class TurnDetector(DetectorContext context) : DetectorBase(context)
{
    private const double DegToRad = Math.PI / 180;

    private int _phase; // 0 idle, 1 heading changing, 2 turning (past the start angle)
    private double _approachHeading;
    private double _start;
    private int _side;
    private double _speedAtStart;
    private double _headingAtStart;
    private double _distanceAtStart;
    private double _maxSpeed;
    private double _calmSince = double.NaN;
    private double _headingAtCalm;
    private double _distanceAtCalm;

    public override string Name => "Turn";

    public override Signals RequiredSignals => Signals.Speed | Signals.Heading;

    public override void OnFrame()
    {
        var s = S;
        if (s.SegmentStart || !s.Forward || (s.Available & Signals.Heading) == 0)
        {
            Reset();
            return;
        }

        var l = O.LaneChanges;
        var t = s.TimeSeconds;
        var t0 = s.PreviousTimeSeconds;
        var activeYaw = l.TurnActiveYawDegreesPerS * DegToRad;
        var yaw = Math.Abs(s.YawRateRadPerS);
        if (_phase == 0)
        {
            if (yaw >= activeYaw)
            {
                _phase = 1;
                _approachHeading = s.PreviousHeadingRad;
                _calmSince = double.NaN;
            }

            return;
        }

        if (yaw < activeYaw)
        {
            if (double.IsNaN(_calmSince))
            {
                _calmSince = t;
                _headingAtCalm = s.HeadingRad;
                _distanceAtCalm = s.DistanceM;
            }
            else if (t - _calmSince >= l.TurnSettleSeconds)
            {
                End();
                return;
            }
        }
        else
        {
            _calmSince = double.NaN;
        }

        if (_phase == 1)
        {
            var dev = s.HeadingRad - _approachHeading;
            var startRad = l.TurnStartDegrees * DegToRad;
            if (Math.Abs(dev) >= startRad)
            {
                _phase = 2;
                _side = Math.Sign(dev);
                var dev0 = Math.Abs(s.PreviousHeadingRad - _approachHeading);
                _start = Crossing.Time(t0, dev0, t, Math.Abs(dev), startRad);
                _speedAtStart = Crossing.ValueAt(t0, s.PreviousSpeedAbsMps, t, s.SpeedAbsMps, _start);
                _headingAtStart = _approachHeading + (_side * startRad);
                _distanceAtStart = s.DistanceM;
                _maxSpeed = s.SpeedAbsMps;
                Shared.OpenTurnStartSeconds = _start;
            }
        }
        else
        {
            _maxSpeed = Math.Max(_maxSpeed, s.SpeedAbsMps);
            if (t - _start > l.TurnMaxSeconds + 60)
            {
                Reset(); // a long curve or circling: not a junction turn
            }
        }
    }

    public override void Complete() => Reset();

    private void End()
    {
        if (_phase == 2)
        {
            var l = O.LaneChanges;
            var net = (_headingAtCalm - _approachHeading) / DegToRad;
            var duration = _calmSince - _start;
            var turned = Math.Abs(_headingAtCalm - _headingAtStart);
            var radius = turned > 0 ? (_distanceAtCalm - _distanceAtStart) / turned : double.PositiveInfinity;
            if (Math.Abs(net) >= l.TurnMinDegrees && Math.Abs(net) <= l.TurnMaxDegrees && duration <= l.TurnMaxSeconds &&
                _maxSpeed * 3.6 <= l.TurnMaxKmh && radius <= l.TurnMaxRadiusM && Math.Sign(net) == _side)
            {
                Shared.Manoeuvres.Add(new Manoeuvre(true, _side, _start, _calmSince, _speedAtStart, ApproachSpeed(_start)));
            }
        }

        Reset();
    }

    /// <summary>Mean speed over the fast-turn lead window before the start (what the driver approached at).</summary>
    private double ApproachSpeed(double start)
    {
        var h = S.History;
        var window = O.Indicators.FastTurnLeadSeconds;
        double sum = 0;
        var n = 0;
        for (var age = h.AgeAtOrBefore(start); age >= 0 && age < h.Count; age++)
        {
            ref readonly var p = ref h.Back(age);
            if (p.TimeSeconds < start - window)
            {
                break;
            }

            sum += p.SpeedMps;
            n++;
        }

        return n > 0 ? sum / n : _speedAtStart;
    }

    private void Reset()
    {
        _phase = 0;
        _calmSince = double.NaN;
        Shared.OpenTurnStartSeconds = double.NaN;
    }
}
