namespace Ets2Coach.Simulator.Planning;

/// <summary>Speed-limit changes: town entries, villages, roadworks, motorway exits.</summary>
internal sealed partial class PlanBuilder
{
    /// <summary>The limit drops to <paramref name="newKmh"/> at a sign; the driver anticipates it or not, per profile.</summary>
    private void LimitDrop(double newKmh, double nextCruise)
    {
        WaitForQuiet(true);
        CruiseUntil(Math.Max(_lastLaneChangeEnd + 5, _lastBendEnd + 3));
        var oldKmh = LimitKmh.Current;
        var v0 = V;
        Span<double> w = [1 - _profile.LimitDropLateShare - _profile.LimitDropMissedShare, _profile.LimitDropLateShare, _profile.LimitDropMissedShare];
        var cls = _rng.Pick(w);
        var d = Begin(Ets2Coach.Simulator.ManoeuvreKind.LimitDrop, Now);
        var tolerance = Buckets.Habits.Speed.ToleranceKmh;
        if (cls > 0)
        {
            for (var attempt = 0; attempt < 30; attempt++)
            {
                var vd = Math.Min(v0, (newKmh + (cls == 1 ? _rng.Uniform(16, 22) : _rng.Uniform(18, 26))) / KmhPerMps);
                if (vd * KmhPerMps < newKmh + 16)
                {
                    break;
                }

                var delay = cls == 1 ? _rng.Uniform(0, 1.0) : _rng.Uniform(6, 10);
                var harsh = cls == 1 && _profile.SlowdownHarshShare > 0.3 && _rng.Chance(0.4);
                var (plateau, jerk, release, name) = harsh ? BrakingFor(2) : (_rng.Uniform(0.9, 1.15), 0.8, 0.8, "gentle");
                var plan = new BrakePlan(nextCruise, 0, 0, plateau, jerk, release);
                if (PlateauSecondsFor(vd, plan) < (harsh ? Buckets.MinPlateauSeconds : 0.2))
                {
                    continue;
                }

                var (_, _, profile) = Probe(vd, plan);
                var comply = delay + FindCrossing(profile, 0, profile.EndSeconds, (newKmh + tolerance) / KmhPerMps);
                // "Still 15 km/h over 3 s after the drop" must hold (or not) for the whole 2.5–3.5 s guard window.
                double At(double t) => delay >= t ? vd : profile.SpeedAt(t - delay);
                var ok = cls == 1
                    ? comply >= Buckets.LateComplianceSeconds.Lo && comply <= Buckets.LateComplianceSeconds.Hi && At(2.5) * KmhPerMps <= newKmh + 13.5
                    : comply >= Buckets.MissedComplianceSeconds && At(3.5) * KmhPerMps >= newKmh + 16.5;
                if (!ok)
                {
                    continue;
                }

                if (v0 > vd + 1e-6)
                {
                    SlowGently(vd);
                    Cruise(_rng.Uniform(2, 4));
                }

                var sign = Now;
                SetLimit(sign, newKmh);
                Cruise(delay);
                Brake(plan);
                d.StartSeconds = sign - 2;
                d.EndSeconds = Math.Max(Now, sign + comply);
                d.Description = $"limit {F(oldKmh, 0)}→{F(newKmh, 0)} km/h passed at {F(vd * KmhPerMps, 0)} km/h, slowing {F(delay)} s later at {F(plateau, 2)} m/s² ({name}); " +
                    $"at or under limit + {F(tolerance, 0)} after {F(comply)} s ({(cls == 1 ? "late" : "missed")})";
                return;
            }
        }

        // Anticipated: at or under the new limit + 3 km/h before the sign.
        var target = Math.Min(nextCruise, (newKmh + _rng.Uniform(-4, 2)) / KmhPerMps);
        if (V > target)
        {
            SlowGently(target);
        }

        Cruise(_rng.Uniform(1.5, 4));
        SetLimit(Now, newKmh);
        d.EndSeconds = Now;
        d.Description = $"limit {F(oldKmh, 0)}→{F(newKmh, 0)} km/h anticipated: {F(V * KmhPerMps, 0)} km/h at the sign";
        if (Math.Abs(nextCruise - V) > 0.05)
        {
            if (nextCruise > V)
            {
                AccelerateTo(nextCruise, 0.5);
            }
            else
            {
                SlowGently(nextCruise);
            }
        }
    }

    private void LimitRise(double newKmh)
    {
        var d = Begin(Ets2Coach.Simulator.ManoeuvreKind.LimitRise, Now);
        var old = LimitKmh.Current;
        SetLimit(Now, newKmh);
        var cruise = CruiseSpeedFor(newKmh);
        Cruise(_rng.Uniform(0.5, 2));
        if (cruise > V)
        {
            AccelerateOnRoad(cruise, AccelShare());
        }
        else
        {
            SlowGently(cruise);
        }

        d.EndSeconds = Now;
        d.Description = $"limit {F(old, 0)}→{F(newKmh, 0)} km/h, cruising on at {F(V * KmhPerMps, 0)} km/h";
    }

    private void Village(double roadKmh)
    {
        LimitDrop(50, CruiseSpeedFor(50));
        Cruise(_rng.Uniform(12, 25));
        LimitRise(roadKmh);
        Cruise(_rng.Uniform(3, 6));
    }

    private void Roadworks(double roadKmh)
    {
        LimitDrop(70, CruiseSpeedFor(70));
        Cruise(_rng.Uniform(20, 35));
        LimitRise(roadKmh);
        Cruise(_rng.Uniform(3, 6));
    }
}
