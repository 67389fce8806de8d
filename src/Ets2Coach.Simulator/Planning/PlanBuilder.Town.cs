using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>Town manoeuvres: junction turns and stops at traffic lights.</summary>
internal sealed partial class PlanBuilder
{
    private static readonly double s_turnStartRad = Buckets.Habits.LaneChanges.TurnStartDegrees * Math.PI / 180;

    /// <summary>
    /// A junction turn: slow to the turn speed, hold it ≥ 6 s (so "approach speed" means the same under any
    /// reading), signal per profile, turn 70–105° with R 15–70 m, then speed up to <paramref name="afterCruise"/>.
    /// </summary>
    private void JunctionTurn(int side, double afterCruise, double? limitAfterKmh = null)
    {
        WaitForQuiet(true);
        CruiseUntil(Math.Max(_lastLaneChangeEnd + 5, _lastBendEnd + 5));
        var cls = DrawCorneringClass();
        double a, radius, v;
        var tries = 0;
        do
        {
            a = LateralFor(cls);
            radius = cls == 0 ? _rng.Uniform(15, 70) : _rng.Uniform(22, 45);
            v = Math.Sqrt(a * radius);
            tries++;
        }
        while ((v < 3.5 || v > 12.0) && tries < 50);

        v = Math.Clamp(v, 3.5, 12.0);
        radius = v * v / a;
        var omega = v / radius;
        var deltaDeg = _rng.Uniform(70, 105);
        var delta = deltaDeg * Math.PI / 180;
        var transition = _rng.Uniform(1.0, 2.0);
        var arc = (delta / omega) - transition;
        if (cls > 0 && arc < Buckets.MinCorneringPlateauSeconds)
        {
            transition = Math.Max(0.6, (delta / omega) - Buckets.MinCorneringPlateauSeconds - 0.2);
            arc = (delta / omega) - transition;
        }

        // t_s: heading 7.5° off the approach heading.
        var rampHeading = omega * transition / 2;
        var toTs = rampHeading >= s_turnStartRad
            ? Math.Sqrt(2 * transition * s_turnStartRad / omega)
            : transition + ((s_turnStartRad - rampHeading) / omega);

        if (V < v - 0.05)
        {
            AccelerateTo(v, 0.5);
        }

        var required = Buckets.RequiredTurnLeadSeconds(v);
        var signal = DrawSignal(required, mayLeaveOn: false);
        var slowPlan = new BrakePlan(v, 0, 0, Math.Min(_rng.Uniform(0.6, 1.0), Math.Max(0.3, (V - v) / 3)), 0.6, 0.6);
        var slowSeconds = V > v + 0.05 ? Probe(V, slowPlan).Seconds : 0;
        var hold = _rng.Uniform(6, 7);
        WaitForBlinkerSpacing(signal, slowSeconds + hold + toTs);
        var d = Begin(ManoeuvreKind.JunctionTurn, Now);
        if (slowSeconds > 0)
        {
            Brake(slowPlan);
        }

        Cruise(hold);
        var bend = Bend(side * delta, omega, transition);
        _bearingOffset += side * delta;
        var ts = bend.Start + toTs;
        var end = Now;
        ApplySignal(signal, side, ts, end);
        Signalled.Add(new SignalledManoeuvre(d.Id, true, side, ts, end, v, required, false));
        Corners.Add(new CornerFact(d.Id, v, omega, bend.Start, bend.Transition, bend.Arc));
        if (limitAfterKmh is { } limit)
        {
            SetLimit(Now, limit);
        }

        Cruise(_rng.Uniform(1, 2));
        d.StartSeconds = Math.Min(d.StartSeconds, ts - Math.Max(0, signal.LeadSeconds));
        d.EndSeconds = Math.Max(Now, end + signal.OffDelaySeconds);
        d.Description = $"junction turn {(side > 0 ? "left" : "right")} {F(deltaDeg, 0)}° R={F(radius, 0)} m at {F(v * KmhPerMps, 0)} km/h, " +
            $"a_lat {F(a, 2)} m/s² ({s_cornerNames[cls]}), required lead {F(required)} s, {Describe(signal)}";
        if (afterCruise > V)
        {
            AccelerateTo(afterCruise, AccelShare());
        }

        Cruise(_rng.Uniform(2, 5));
    }

    private int DrawStopClass() =>
        DrawBrakingClass(1 - _profile.StopLateShare - _profile.StopHarshShare - _profile.StopEmergencyShare,
            _profile.StopLateShare, _profile.StopHarshShare, _profile.StopEmergencyShare);

    /// <summary>A braking plan to a standstill for stop class 0 good, 1 late, 2 harsh, 3 emergency.</summary>
    private (BrakePlan Plan, string Name) StopPlan(int cls)
    {
        switch (cls)
        {
            case 1:
                return (new BrakePlan(0, 0, 0, _rng.Uniform(Buckets.LatePlateau.Lo, Buckets.LatePlateau.Hi), _rng.Uniform(2.5, 3.5), _rng.Uniform(2, 3)), "late");
            case 2:
                // The top of the harsh band, with sharp application, so the mean is clearly above 2.5 m/s² too.
                var h = Buckets.HarshPlateau(Truck.TotalMassKg);
                return (new BrakePlan(0, 0, 0, _rng.Uniform(Math.Max(h.Lo, h.Hi - 0.1), h.Hi), _rng.Uniform(9, 11), _rng.Uniform(7, 9)), "harsh");
            case 3:
                var (p, j, r, name) = BrakingFor(3);
                return (new BrakePlan(0, 0, 0, p, j, r), name);
            default:
                var coast = _profile.UsesRetarder || _rng.Chance(0.5);
                return (new BrakePlan(0, coast ? _rng.Uniform(0.25, 0.4) : 0, coast ? _rng.Uniform(1, 3) : 0,
                    _rng.Uniform(Buckets.GentlePlateau.Lo, Buckets.GentlePlateau.Hi), _rng.Uniform(0.6, 1.0), _rng.Uniform(0.5, 0.8)), "good");
        }
    }

    /// <summary>Stops at a red light (or runs it, with a fine), stands, moves off.</summary>
    private void TrafficLightStop(double cruise)
    {
        WaitForQuiet(true);
        CruiseUntil(_lastBendEnd + 5);
        if (_rng.Chance(_profile.FineShare * 0.4))
        {
            var fine = Begin(ManoeuvreKind.Fine, Now + 2);
            fine.EndSeconds = fine.StartSeconds;
            fine.Description = "ran a red light: red_signal fine";
            AddEvent(fine.StartSeconds, TelemetryEvent.ForFine(0, 0, 0, "red_signal", Offence.RedSignal, 350));
            Cruise(_rng.Uniform(5, 8));
            return;
        }

        var cls = DrawStopClass();
        var (plan, name) = StopPlan(cls);
        var min = cls == 1 ? Buckets.MinLatePlateauSeconds : cls == 0 ? 0.5 : Buckets.MinPlateauSeconds;
        if (PlateauSecondsFor(V, plan) < min)
        {
            (plan, name) = StopPlan(0);
        }

        var d = Begin(ManoeuvreKind.Stop, Now);
        var from = V;
        Brake(plan);
        var stopAt = Now;
        var stand = _rng.Uniform(6, 16);
        MaybePauseWhileStopped(stopAt, stand);
        Stand(stand);
        BrakeHolds.Add((stopAt, Now));
        d.EndSeconds = stopAt;
        d.Description = $"stop at a traffic light from {F(from * KmhPerMps, 0)} km/h, plateau {F(plan.PlateauMps2, 2)} m/s² ({name})" +
            (plan.CoastSeconds > 0 ? $" after coasting {F(plan.CoastSeconds)} s" : "") + $", standing {F(stand, 0)} s";
        MoveOff(cruise);
    }

    private void MaybePauseWhileStopped(double stopAt, double stand)
    {
        if (stand > 8 && _rng.Chance(_profile.PauseWhileStoppedShare))
        {
            var at = stopAt + _rng.Uniform(2, stand - 4);
            var p = Begin(ManoeuvreKind.Pause, at);
            var seconds = _rng.Uniform(Buckets.PauseSeconds.Lo, Buckets.PauseSeconds.Hi);
            AddPause(at, seconds, p.Id);
            p.Description = $"paused {F(seconds)} s while standing";
        }
    }

    private void MoveOff(double cruise)
    {
        var m = Begin(ManoeuvreKind.MoveOff, Now);
        AccelerateTo(cruise, AccelShare());
        m.EndSeconds = Now;
        m.Description = $"move off to {F(cruise * KmhPerMps, 0)} km/h";
        Cruise(_rng.Uniform(2, 5));
    }
}
