using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>Incidents on the open road: traffic slowdowns, speeding, menus while rolling, collisions, stops in the lane.</summary>
internal sealed partial class PlanBuilder
{
    private void TrafficSlowdown()
    {
        CruiseUntil(Math.Max(_lastLimitDrop + 17, Math.Max(_lastBendEnd + 3, _lastLaneChangeEnd + 5)));
        var cruise = V;
        var cls = DrawBrakingClass(1 - _profile.SlowdownFirmShare - _profile.SlowdownHarshShare - _profile.SlowdownEmergencyShare,
            _profile.SlowdownFirmShare, _profile.SlowdownHarshShare, _profile.SlowdownEmergencyShare);
        var (plateau, jerk, release, name) = BrakingFor(cls);
        var minPlateau = cls == 0 ? 1.0 : Buckets.MinPlateauSeconds;
        var lowest = (cls >= 2 ? 30 : 42) / KmhPerMps;
        var target = cruise - (_rng.Uniform(15, 30) / KmhPerMps);
        var plan = new BrakePlan(Math.Max(target, lowest), 0, 0, plateau, jerk, release);
        while (PlateauSecondsFor(cruise, plan) < minPlateau && plan.TargetMps > lowest + 1e-9)
        {
            plan = plan with { TargetMps = Math.Max(lowest, plan.TargetMps - 1) };
        }

        if (PlateauSecondsFor(cruise, plan) < minPlateau)
        {
            (plateau, jerk, release, name) = BrakingFor(0);
            plan = new BrakePlan(Math.Max(target, lowest), 0, 0, plateau, jerk, release);
        }

        var d = Begin(ManoeuvreKind.TrafficSlowdown, Now);
        var onset = Brake(plan);
        if (cls > 0)
        {
            _ftcQuietUntil = onset + 17;
            _ftcQuietPathM = Speed.Path + 400;
        }

        Cruise(_rng.Uniform(3, 8));
        AccelerateOnRoad(cruise, AccelShare());
        d.EndSeconds = Now;
        d.Description = $"slowdown for traffic {F(cruise * KmhPerMps, 0)}→{F(plan.TargetMps * KmhPerMps, 0)} km/h, plateau {F(plan.PlateauMps2, 2)} m/s² ({name}), mass {F(Truck.TotalMassKg / 1000)} t";
        Cruise(_rng.Uniform(3, 6));
    }

    private void SpeedingStretch(double limitKmh)
    {
        var cruise = V;
        var serious = _rng.Chance(0.5);
        var (lo, hi) = serious ? Buckets.SpeedingSeriousOverKmh : Buckets.SpeedingMinorOverKmh;
        var over = _rng.Uniform(lo, hi);
        var target = (limitKmh + over) / KmhPerMps;
        if (Truck.NetMaxAccelerationMps2(target) < 0.15)
        {
            serious = false;
            over = _rng.Uniform(Buckets.SpeedingMinorOverKmh.Lo, Buckets.SpeedingMinorOverKmh.Hi);
            target = (limitKmh + over) / KmhPerMps;
            if (Truck.NetMaxAccelerationMps2(target) < 0.15)
            {
                return;
            }
        }

        var d = Begin(ManoeuvreKind.SpeedingStretch, Now);
        AccelerateTo(target, _rng.Uniform(0.85, 0.95));
        var overLine = (limitKmh + Buckets.Habits.Speed.SpeedingOverKmh) / KmhPerMps;
        var crossedAt = FindSpeedCrossing(d.StartSeconds, Now, overLine);
        var wanted = _rng.Uniform(Buckets.SpeedingSeconds.Lo + 8, Buckets.SpeedingSeconds.Hi - 8);
        var slowPlan = new BrakePlan(cruise, 0, 0, _rng.Uniform(0.5, 0.8), 0.6, 0.6);
        var (_, _, profile) = Probe(target, slowPlan);
        var downCross = FindCrossing(profile, 0, profile.EndSeconds, overLine);
        var hold = Math.Max(5, wanted - (Now - crossedAt) - downCross);
        var camera = _rng.Chance(_profile.FineShare);
        Cruise(hold);
        Brake(slowPlan);
        d.EndSeconds = Now;
        d.Description = $"sustained speeding {F(over, 0)} km/h over a {F(limitKmh, 0)} km/h limit for about {F(wanted, 0)} s";
        if (camera)
        {
            var fine = Begin(ManoeuvreKind.Fine, crossedAt + _rng.Uniform(10, 40));
            fine.EndSeconds = fine.StartSeconds;
            fine.Description = "speed camera fine while speeding";
            AddEvent(fine.StartSeconds, TelemetryEvent.ForFine(0, 0, 0, "speeding_camera", Offence.SpeedingCamera, (long)(200 + (over * 20))));
        }

        Cruise(_rng.Uniform(3, 6));
    }

    private void MenuWhileRolling()
    {
        Cruise(_rng.Uniform(4, 6));
        if (V * KmhPerMps < Buckets.MenuMinKmh)
        {
            return;
        }

        var d = Begin(ManoeuvreKind.Pause, Now);
        var seconds = _rng.Uniform(Buckets.PauseSeconds.Lo, Buckets.PauseSeconds.Hi);
        AddPause(Now, seconds, d.Id);
        d.Description = $"menu opened while rolling at {F(V * KmhPerMps, 0)} km/h, paused {F(seconds)} s";
        Cruise(_rng.Uniform(4, 6));
    }

    private void Collision()
    {
        Cruise(_rng.Uniform(6, 8));
        var d = Begin(ManoeuvreKind.Collision, Now);
        var cabin = _rng.Uniform(0.006, 0.02);
        var chassis = _rng.Uniform(0.004, 0.02);
        WearJumps.Add((Now, Now, cabin + chassis));
        CargoDamageJumps.Add((Now, Now, _rng.Uniform(0.005, 0.03)));
        var fine = _rng.Chance(0.7);
        if (fine)
        {
            AddEvent(Now, TelemetryEvent.ForFine(0, 0, 0, "crash", Offence.Crash, _rng.Chance(0.3) ? 800 : 400));
        }

        d.Description = $"collision at {F(V * KmhPerMps, 0)} km/h, wear +{F(cabin + chassis, 3)}" + (fine ? ", crash fine" : ", no fine");
        Cruise(_rng.Uniform(6, 8));
    }

    private void StopInLane(double cruiseKmh, bool allowLong)
    {
        WaitForQuiet();

        // Nothing slow in the queue window before the stop (the stop-go queue rule looks back 60 s).
        CruiseUntil(LastTimeBelow(25 / KmhPerMps) + 75);
        var d = Begin(ManoeuvreKind.StopInLane, Now);
        var hazards = _rng.Chance(_profile.StopInLaneHazardsShare);
        var dangerous = _profile.StopEmergencyShare > 0 && _rng.Chance(0.3);
        var seconds = allowLong && _rng.Chance(0.3) ? _rng.Uniform(Buckets.LongLaneStopSeconds.Lo, Buckets.LongLaneStopSeconds.Hi)
            : _rng.Uniform(Buckets.ShortLaneStopSeconds.Lo, Buckets.ShortLaneStopSeconds.Hi);
        string how;
        if (dangerous)
        {
            var (plateau, jerk, release, name) = BrakingFor(3);
            Brake(new BrakePlan(0, 0, 0, plateau, jerk, release));
            how = $"{name} stop at {F(plateau, 2)} m/s²";
        }
        else
        {
            // Gentle down to 27 km/h, then a firm final stage: the queue rule (≥ 10 m driven below 20 km/h in
            // the last 60 s) read literally would call any gentle stop a queue, so the last 20 km/h are braked at 2.2 m/s².
            SlowGently(27 / KmhPerMps);
            var plateau = _rng.Uniform(Buckets.LatePlateau.Lo, Buckets.LatePlateau.Hi);
            Brake(new BrakePlan(0, 0, 0, plateau, 6, 8));
            how = $"gentle slowing then a final stage at {F(plateau, 2)} m/s²";
        }

        var stopAt = Now;
        Stand(seconds);
        if (hazards)
        {
            Switches.On(TruckSwitches.Hazard, stopAt - _rng.Uniform(0, 2), Now + _rng.Uniform(2, 4));
            HazardStops.Add((stopAt, Now));
        }

        BrakeHolds.Add((stopAt, Now));
        var move = Begin(ManoeuvreKind.MoveOff, Now);
        AccelerateOnRoad(cruiseKmh / KmhPerMps, AccelShare());
        move.EndSeconds = Now;
        move.Description = "move off after stopping in the lane";
        d.EndSeconds = move.StartSeconds;
        d.Description = $"stopped in a live lane for {F(seconds, 0)} s {(hazards ? "with" : "without")} hazards after {how}";
        Cruise(_rng.Uniform(3, 6));
    }
}
