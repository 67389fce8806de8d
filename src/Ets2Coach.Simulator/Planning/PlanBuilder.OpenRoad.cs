using Ets2Coach.Simulator.Kinematics;

namespace Ets2Coach.Simulator.Planning;

/// <summary>Open-road manoeuvres: lane changes, overtakes, curves, and the braking and acceleration they draw on.</summary>
internal sealed partial class PlanBuilder
{
    private int _lane;
    private int _laneCount = 1;

    private double DrawLaneChangeSeconds(out string bucket)
    {
        Span<double> w = [1 - _profile.LaneChangeBriskShare - _profile.LaneChangeAbruptShare - _profile.LaneChangeSevereShare,
            _profile.LaneChangeBriskShare, _profile.LaneChangeAbruptShare, _profile.LaneChangeSevereShare];
        var (name, range) = _rng.Pick(w) switch
        {
            1 => ("brisk", Buckets.BriskLaneChangeSeconds),
            2 => ("abrupt", Buckets.AbruptLaneChangeSeconds),
            3 => ("severe", Buckets.SevereLaneChangeSeconds),
            _ => ("calm", Buckets.CalmLaneChangeSeconds),
        };
        bucket = name;
        return Math.Round(_rng.Uniform(range.Lo, range.Hi), 3);
    }

    /// <summary>One lane change with its signal; returns (t_s, end) as the detectors see them.</summary>
    private (double Ts, double End, LaneChangeSpec Spec) DoLaneChange(ManoeuvreDraft owner, int side, double seconds, SignalChoice signal, bool weaveSecond)
    {
        var probe = new LaneChangeSpec(0, seconds, LaneWidthM, 1);
        var cross = probe.CrossingOffsetSeconds(Buckets.LaneChangeStartMps);
        if (!weaveSecond)
        {
            WaitForBlinkerSpacing(signal, cross);
            CruiseUntil(Math.Max(_lastLaneChangeEnd + 20, _lastBendEnd + 8));
        }

        var spec = LaneChangeNow(side, seconds);
        var ts = spec.StartSeconds + cross;
        var end = spec.EndSeconds - cross;
        ApplySignal(signal, side, ts, end);
        Signalled.Add(new SignalledManoeuvre(owner.Id, false, side, ts, end, V, Buckets.Habits.Indicators.LaneChangeLeadSeconds, weaveSecond));
        LaneChangeOwners.Add((spec, owner.Id));
        _lane += side;
        owner.StartSeconds = Math.Min(owner.StartSeconds, Math.Min(spec.StartSeconds, ts - Math.Max(0, signal.LeadSeconds)));
        owner.EndSeconds = Math.Max(owner.EndSeconds, Math.Max(spec.EndSeconds, end + signal.OffDelaySeconds));
        return (ts, end, spec);
    }

    private void SingleLaneChange(int side)
    {
        var seconds = DrawLaneChangeSeconds(out var bucket);
        var signal = DrawSignal(Buckets.Habits.Indicators.LaneChangeLeadSeconds, mayLeaveOn: true);
        var d = Begin(ManoeuvreKind.LaneChange, double.MaxValue);
        DoLaneChange(d, side, seconds, signal, false);
        d.Description = $"lane change {(side > 0 ? "left" : "right")} at {F(V * KmhPerMps, 0)} km/h, T={F(seconds, 2)} s ({bucket}), {Describe(signal)}";
        Cruise(_rng.Uniform(3, 6));
    }

    private void Overtake(bool forceWeave = false)
    {
        var weave = forceWeave || _rng.Chance(_profile.WeavingShare);
        var t1 = DrawLaneChangeSeconds(out var b1);
        var t2 = DrawLaneChangeSeconds(out var b2);
        var s1 = DrawSignal(Buckets.Habits.Indicators.LaneChangeLeadSeconds, false, weaveFirst: weave);
        var s2 = DrawSignal(Buckets.Habits.Indicators.LaneChangeLeadSeconds, false, weaveSecond: weave);
        var d = Begin(ManoeuvreKind.Overtake, double.MaxValue);
        var (_, end1, _) = DoLaneChange(d, +1, t1, s1, false);
        var gap = weave ? _rng.Uniform(Buckets.WeavingGapSeconds.Lo, Buckets.WeavingGapSeconds.Hi) : _rng.Uniform(Buckets.OvertakeGapSeconds.Lo, Buckets.OvertakeGapSeconds.Hi);
        var cross2 = new LaneChangeSpec(0, t2, LaneWidthM, 1).CrossingOffsetSeconds(Buckets.LaneChangeStartMps);
        CruiseUntil(end1 + gap - cross2);
        DoLaneChange(d, -1, t2, s2, weave);
        d.Description = $"{(weave ? "weaving overtake" : "overtake")} at {F(V * KmhPerMps, 0)} km/h: out T={F(t1, 2)} s ({b1}), {Describe(s1)}; " +
            $"back in after {F(gap)} s, T={F(t2, 2)} s ({b2}), {Describe(s2)}";
        Cruise(_rng.Uniform(3, 6));
    }

    private int DrawCorneringClass()
    {
        Span<double> w = [1 - _profile.CorneringCautionShare - _profile.CorneringHarshShare - _profile.CorneringSevereShare,
            _profile.CorneringCautionShare, _profile.CorneringHarshShare, _profile.CorneringSevereShare];
        var k = _rng.Pick(w);

        // Empty rigs (levels 2.5 / 3.0 / 3.5 m/s²): 10 % guards leave no caution or harsh band.
        return !Loaded && k is 1 or 2 ? 0 : k;
    }

    private double LateralFor(int cls)
    {
        if (cls == 0)
        {
            return _rng.Uniform(Buckets.CleanLateralMinMps2, 1.1);
        }

        var (lo, hi) = Loaded ? Buckets.LoadedCornering[cls - 1] : Buckets.EmptySevereCornering;
        return _rng.Uniform(lo, hi);
    }

    private static readonly string[] s_cornerNames = ["gentle", "caution", "harsh", "severe"];

    private int BendSide()
    {
        var side = _bearingOffset > 0 ? -1 : 1;
        return _rng.Chance(0.75) ? side : -side;
    }

    private void Curve()
    {
        CruiseUntil(Math.Max(_lastLaneChangeEnd + 8, _lastBendEnd + 5));
        var v = V;
        var cls = DrawCorneringClass();
        var a = LateralFor(cls);
        var radius = v * v / a;
        if (radius < 165)
        {
            // Too tight to be a curve (radius > 150 m): take it gently instead.
            cls = 0;
            a = LateralFor(0);
            radius = v * v / a;
        }

        radius = Math.Min(radius, 3000);
        a = v * v / radius;
        var omega = v / radius;
        var transition = _rng.Uniform(2.0, 4.0);
        var deltaDeg = _rng.Uniform(8, 26);
        var minArc = cls > 0 ? Buckets.MinCorneringPlateauSeconds + 0.4 : 0;
        var needed = omega * (transition + minArc) * 180 / Math.PI;
        if (needed > deltaDeg)
        {
            deltaDeg = Math.Min(needed, 54);
            transition = Math.Max(2, Math.Min(transition, (deltaDeg * Math.PI / 180 / omega) - minArc));
        }

        var side = BendSide();
        var delta = side * deltaDeg * Math.PI / 180;
        var d = Begin(ManoeuvreKind.Curve, Now);
        var bend = Bend(delta, omega, transition);
        _bearingOffset += delta;
        Corners.Add(new CornerFact(d.Id, v, omega, bend.Start, bend.Transition, bend.Arc));
        d.EndSeconds = Now;
        d.Description = $"curve {(side > 0 ? "left" : "right")} {F(deltaDeg, 0)}° R={F(radius, 0)} m at {F(v * KmhPerMps, 0)} km/h, a_lat {F(a, 2)} m/s² ({s_cornerNames[cls]})";
        Cruise(_rng.Uniform(1, 2.5));
    }

    /// <summary>
    /// Speeds up to <paramref name="target"/>; on the open road a gentle curve may come while accelerating (the
    /// road does not straighten out for a truck that is speeding up). Its lateral acceleration stays under
    /// 1.1 m/s² at the highest speed it is taken at, so it never makes a finding.
    /// </summary>
    private void AccelerateOnRoad(double target, double share)
    {
        var from = Now;
        AccelerateTo(target, share);
        if (target * KmhPerMps < 60 || !_rng.Chance(0.85))
        {
            return;
        }

        var profile = Speed.Build();
        var start = Math.Max(from, Math.Max(Yaw.Time, _lastLaneChangeEnd + 8));
        while (start < Now && profile.SpeedAt(start) * KmhPerMps < 50)
        {
            start += 0.5;
        }

        var total = Math.Min(Now - start - 0.5, _rng.Uniform(9, 15));
        if (total < 7)
        {
            return;
        }

        var transition = _rng.Uniform(2, 3);
        var vMax = profile.SpeedAt(start + total);
        var omega = _rng.Uniform(Buckets.CleanLateralMinMps2, 1.0) / vMax;
        var arc = total - (2 * transition);
        var side = BendSide();
        var delta = side * omega * (transition + arc);
        var d = Begin(ManoeuvreKind.Curve, start);
        Yaw.StraightUntil(start);
        Yaw.Ramp(transition, side * omega);
        Yaw.Ramp(arc, side * omega);
        Yaw.Ramp(transition, 0);
        _lastBendEnd = start + total;
        _bearingOffset += delta;
        Corners.Add(new CornerFact(d.Id, vMax, omega, start, transition, arc));
        d.EndSeconds = start + total;
        d.Description = $"curve {(side > 0 ? "left" : "right")} {F(Math.Abs(delta) * 180 / Math.PI, 0)}° taken while speeding up to {F(vMax * KmhPerMps, 0)} km/h, a_lat ≤ {F(vMax * omega, 2)} m/s² (gentle)";
    }

    private int DrawBrakingClass(double gentle, double firm, double harsh, double emergency)
    {
        Span<double> w = [gentle, firm, harsh, emergency];
        return _rng.Pick(w);
    }

    /// <summary>Plateau and jerks for braking class 0 gentle, 1 firm, 2 harsh, 3 emergency/extreme.</summary>
    private (double Plateau, double Jerk, double Release, string Name) BrakingFor(int cls)
    {
        var mass = Truck.TotalMassKg;
        switch (cls)
        {
            case 1:
                return (_rng.Uniform(Buckets.FirmPlateau.Lo, Buckets.FirmPlateau.Hi), _rng.Uniform(2, 3), _rng.Uniform(1.5, 2.5), "firm");
            case 2:
                var h = Buckets.HarshPlateau(mass);
                return (_rng.Uniform(h.Lo, h.Hi), _rng.Uniform(8, 10), _rng.Uniform(6, 8), "harsh");
            case 3:
                var e = Buckets.EmergencyPlateau(mass);
                return e.Lo <= e.Hi && _rng.Chance(0.6)
                    ? (_rng.Uniform(e.Lo, e.Hi), _rng.Uniform(8, 12), _rng.Uniform(6, 8), "emergency")
                    : (_rng.Uniform(Buckets.ExtremePlateau.Lo, Buckets.ExtremePlateau.Hi), _rng.Uniform(10, 14), _rng.Uniform(6, 8), "extreme");
            default:
                return (_rng.Uniform(Buckets.GentlePlateau.Lo, Buckets.GentlePlateau.Hi), _rng.Uniform(0.6, 1.0), _rng.Uniform(0.6, 1.0), "gentle");
        }
    }
}
