using Ets2Coach.Habits;
using Ets2Coach.Simulator.Planning;

namespace Ets2Coach.Simulator.Truth;

/// <summary>
/// The guard-band check: every threshold the oracles use is moved by ±10 % (times by at least ±0.5 s) one
/// at a time, and the labels (kind, severity, manoeuvre) must not change. A plan that fails is re-drawn,
/// so no label of a delivered drive hinges on noise, sampling or a threshold's exact value.
/// </summary>
internal static class GuardCheck
{
    [Flags]
    public enum Group
    {
        None = 0,
        Braking = 1,
        Stops = 2,
        Speed = 4,
        Lanes = 8,
        Indicators = 16,
        Poi = 32,
        Events = 64,
        Lights = 128,
        Motion = Braking | Stops | Speed | Lanes | Indicators | Poi | Events,
    }

    /// <summary>Runs the oracles of <paramref name="groups"/> with the given settings.</summary>
    public static List<ExpectedFinding> Run(TrajectorySamples s, LightsPlan? lights, OracleSettings o, Group groups)
    {
        var list = new List<ExpectedFinding>();
        if ((groups & Group.Braking) != 0)
        {
            BrakingOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Stops) != 0)
        {
            StopOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Speed) != 0)
        {
            SpeedOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Lanes) != 0)
        {
            LaneOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Indicators) != 0)
        {
            IndicatorOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Poi) != 0)
        {
            PoiOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Events) != 0)
        {
            EventOracle.Evaluate(s, o, list);
        }

        if ((groups & Group.Lights) != 0 && lights is not null)
        {
            LightsOracle.Evaluate(s, lights, o, list);
        }

        return list;
    }

    /// <summary>Every label that changes under some perturbation, as one line each (empty: the plan is guard-banded).</summary>
    public static List<string> Violations(TrajectorySamples s, LightsPlan? lights, Group groups, bool stopAtFirst = true)
    {
        var violations = new List<string>();
        var references = new Dictionary<Group, string>();
        foreach (var (name, group, settings) in Perturbations())
        {
            var g = group & groups;
            if (g == 0)
            {
                continue;
            }

            if (!references.TryGetValue(g, out var reference))
            {
                reference = Signature(Run(s, lights, OracleSettings.Default, g));
                references[g] = reference;
            }

            var perturbed = Signature(Run(s, lights, settings, g));
            if (perturbed != reference)
            {
                violations.Add($"{name}: {Difference(reference, perturbed)}");
                if (stopAtFirst)
                {
                    break;
                }
            }
        }

        return violations;
    }

    private static string Difference(string a, string b)
    {
        var x = a.Split(';').ToList();
        var y = b.Split(';').ToList();
        foreach (var item in a.Split(';'))
        {
            if (y.Remove(item))
            {
                x.Remove(item);
            }
        }

        return $"[{string.Join(", ", x)}] became [{string.Join(", ", y)}]";
    }

    // Lights findings are owned by lights drafts created only once the lights plan is accepted: compare them by kind and severity.
    private static string Signature(List<ExpectedFinding> findings) =>
        string.Join(";", findings.Select(f => $"{f.Kind}/{f.Severity}/{(IsLights(f.Kind) ? 0 : f.ManoeuvreId)}").Order(StringComparer.Ordinal));

    private static bool IsLights(HabitKind kind) => kind is HabitKind.LightsOffAtNight or HabitKind.LightsOffInRain or HabitKind.LightsOffAtDusk;

    private static IEnumerable<(string Name, Group Group, OracleSettings Settings)> Perturbations()
    {
        var n = OracleSettings.Default;
        var h = n.Habits;
        foreach (var sign in new[] { -1, 1 })
        {
            double R(double v) => v * (1 + (0.1 * sign));
            double T(double v) => v + (sign * Math.Max(0.1 * v, 0.5));
            double A(double v, double by) => v + (sign * by);
            OracleSettings B(BrakingOptions b) => n with { Habits = h with { Braking = b } };
            OracleSettings Sp(SpeedOptions o) => n with { Habits = h with { Speed = o } };
            OracleSettings I(IndicatorOptions o) => n with { Habits = h with { Indicators = o } };
            OracleSettings L(LaneChangeOptions o) => n with { Habits = h with { LaneChanges = o } };
            OracleSettings Li(LightsOptions o) => n with { Habits = h with { Lights = o } };
            OracleSettings P(PoiOptions o) => n with { Habits = h with { Poi = o } };
            OracleSettings Bl(BlockingOptions o) => n with { Habits = h with { Blocking = o } };
            OracleSettings C(CollisionOptions o) => n with { Habits = h with { Collisions = o } };
            var b = h.Braking;
            const Group brake = Group.Braking | Group.Stops;
            yield return ("Firm", brake, B(b with { FirmMps2 = R(b.FirmMps2) }));
            yield return ("HarshLoaded", brake, B(b with { HarshLoadedMps2 = R(b.HarshLoadedMps2) }));
            yield return ("HarshBobtail", brake, B(b with { HarshBobtailMps2 = R(b.HarshBobtailMps2) }));
            yield return ("EmergencyLoaded", brake, B(b with { EmergencyLoadedMps2 = R(b.EmergencyLoadedMps2) }));
            yield return ("EmergencyBobtail", brake, B(b with { EmergencyBobtailMps2 = R(b.EmergencyBobtailMps2) }));
            yield return ("Extreme", brake, B(b with { ExtremeMps2 = R(b.ExtremeMps2) }));
            yield return ("Sustain", brake, B(b with { SustainSeconds = T(b.SustainSeconds) }));
            yield return ("BrakeMinSpeed", brake, B(b with { MinSpeedKmh = R(b.MinSpeedKmh) }));
            yield return ("Merge", brake, B(b with { MergeSeconds = T(b.MergeSeconds) }));
            yield return ("Smoothing", brake, B(b with { SmoothingSeconds = R(b.SmoothingSeconds) }));
            yield return ("StopFrom", brake, B(b with { StopFromKmh = R(b.StopFromKmh) }));
            yield return ("StoppedBelow", brake, B(b with { StoppedBelowKmh = R(b.StoppedBelowKmh) }));
            yield return ("GoodMean", brake, B(b with { GoodStopMeanMps2 = R(b.GoodStopMeanMps2) }));
            yield return ("GoodPeak", brake, B(b with { GoodStopPeakMps2 = R(b.GoodStopPeakMps2) }));
            yield return ("LateMean", brake, B(b with { LateStopMeanMps2 = R(b.LateStopMeanMps2) }));
            yield return ("LatePeak", brake, B(b with { LateStopPeakMps2 = R(b.LateStopPeakMps2) }));
            yield return ("Lookahead", brake, B(b with { OpenRoadLookaheadSeconds = T(b.OpenRoadLookaheadSeconds) }));
            yield return ("FtcStop", brake, n with { FtcStopKmh = R(n.FtcStopKmh) });
            yield return ("FtcPoi", brake, n with { FtcPoiAheadM = R(n.FtcPoiAheadM) });
            yield return ("LoadedCargo", Group.Lanes, n with { Habits = h with { Mass = h.Mass with { LoadedCargoKg = R(h.Mass.LoadedCargoKg) } } });

            var sp = h.Speed;
            yield return ("Tolerance", Group.Speed, Sp(sp with { ToleranceKmh = A(sp.ToleranceKmh, 1.5) }));
            yield return ("LateAfter", Group.Speed, Sp(sp with { LateAfterSeconds = T(sp.LateAfterSeconds) }));
            yield return ("MissedAfter", Group.Speed, Sp(sp with { MissedAfterSeconds = T(sp.MissedAfterSeconds) }));
            yield return ("MissedOver", Group.Speed, Sp(sp with { MissedOverKmh = R(sp.MissedOverKmh) }));
            yield return ("SpeedingOver", Group.Speed, Sp(sp with { SpeedingOverKmh = A(sp.SpeedingOverKmh, 1.5) }));
            yield return ("SpeedingMin", Group.Speed, Sp(sp with { SpeedingMinSeconds = T(sp.SpeedingMinSeconds) }));
            yield return ("SpeedingSerious", Group.Speed, Sp(sp with { SpeedingSeriousOverKmh = R(sp.SpeedingSeriousOverKmh) }));

            var ind = h.Indicators;
            yield return ("LaneLead", Group.Indicators, I(ind with { LaneChangeLeadSeconds = T(ind.LaneChangeLeadSeconds) }));
            yield return ("TurnLead", Group.Indicators, I(ind with { UrbanTurnLeadSeconds = T(ind.UrbanTurnLeadSeconds) }));
            yield return ("TurnMetres", Group.Indicators, I(ind with { UrbanTurnLeadMetres = R(ind.UrbanTurnLeadMetres) }));
            yield return ("VeryLate", Group.Indicators, I(ind with { VeryLateSeconds = T(ind.VeryLateSeconds) }));
            yield return ("SearchBack", Group.Indicators, I(ind with { SearchBackSeconds = T(ind.SearchBackSeconds) }));
            yield return ("NotCancelled", Group.Indicators, I(ind with { NotCancelledSeconds = T(ind.NotCancelledSeconds) }));
            yield return ("MissingSerious", Group.Indicators, I(ind with { MissingSeriousAtKmh = R(ind.MissingSeriousAtKmh) }));
            yield return ("FastApproach", Group.Indicators, I(ind with { FastApproachKmh = R(ind.FastApproachKmh) }));
            yield return ("LaneStart", Group.Indicators | Group.Lanes, n with { LaneChangeStartMps = R(n.LaneChangeStartMps) });

            var lc = h.LaneChanges;
            yield return ("LaneMinSpeed", Group.Lanes, L(lc with { MinSpeedKmh = R(lc.MinSpeedKmh) }));
            yield return ("LaneWidth", Group.Lanes, L(lc with { LaneWidthM = R(lc.LaneWidthM) }));
            // The 1.5 s acceptance is guarded by 10 %: severe lane changes last 1.8 s between the 0.25 m/s crossings.
            yield return ("MinDuration", Group.Lanes, L(lc with { MinDurationSeconds = R(lc.MinDurationSeconds) }));
            // T_eq cut-offs are derived durations: guarded by 10 % (a 0.5 s guard would empty the brisk band).
            yield return ("Brisk", Group.Lanes, L(lc with { BriskEquivalentSeconds = R(lc.BriskEquivalentSeconds) }));
            yield return ("Abrupt", Group.Lanes, L(lc with { AbruptEquivalentSeconds = R(lc.AbruptEquivalentSeconds) }));
            yield return ("Severe", Group.Lanes, L(lc with { SevereEquivalentSeconds = R(lc.SevereEquivalentSeconds) }));
            yield return ("AbruptLateral", Group.Lanes, L(lc with { AbruptLateralMps2 = R(lc.AbruptLateralMps2) }));
            yield return ("SevereLateral", Group.Lanes, L(lc with { SevereLateralMps2 = R(lc.SevereLateralMps2) }));
            yield return ("Weaving", Group.Lanes, L(lc with { WeavingWindowSeconds = T(lc.WeavingWindowSeconds) }));
            yield return ("CornerSustain", Group.Lanes, L(lc with { CorneringSustainSeconds = T(lc.CorneringSustainSeconds) }));
            yield return ("LoadedLevels", Group.Lanes, L(lc with { LoadedCautionMps2 = R(lc.LoadedCautionMps2), LoadedHarshMps2 = R(lc.LoadedHarshMps2), LoadedSevereMps2 = R(lc.LoadedSevereMps2) }));
            yield return ("EmptyLevels", Group.Lanes, L(lc with { EmptyCautionMps2 = R(lc.EmptyCautionMps2), EmptyHarshMps2 = R(lc.EmptyHarshMps2), EmptySevereMps2 = R(lc.EmptySevereMps2) }));

            var li = h.Lights;
            yield return ("Grace", Group.Lights, Li(li with { GraceSeconds = T(li.GraceSeconds) }));
            yield return ("LightsSerious", Group.Lights, Li(li with { SeriousAfterSeconds = T(li.SeriousAfterSeconds) }));
            yield return ("LightsKmh", Group.Lights, Li(li with { SeriousAtKmh = R(li.SeriousAtKmh) }));
            yield return ("LightsMoving", Group.Lights, Li(li with { MinSpeedKmh = R(li.MinSpeedKmh) }));
            yield return ("Windows", Group.Lights, n with { LightsWindowShiftMinutes = sign });

            var p = h.Poi;
            yield return ("TollDistance", Group.Poi, P(p with { TollCheckDistanceM = R(p.TollCheckDistanceM) }));
            yield return ("TollTarget", Group.Poi, P(p with { TollTargetKmh = A(p.TollTargetKmh, 4) }));
            yield return ("YardRadius", Group.Poi, P(p with { YardRadiusM = R(p.YardRadiusM) }));
            yield return ("YardTarget", Group.Poi, P(p with { YardTargetKmh = A(p.YardTargetKmh, 3) }));
            yield return ("PoiSerious", Group.Poi, P(p with { SeriousOverKmh = R(p.SeriousOverKmh) }));
            yield return ("PoiHistory", Group.Poi, P(p with { HistoryMetres = R(p.HistoryMetres) }));

            var bl = h.Blocking;
            yield return ("BlockStopped", Group.Stops, Bl(bl with { StoppedBelowKmh = R(bl.StoppedBelowKmh) }));
            yield return ("BlockMin", Group.Stops, Bl(bl with { MinStopSeconds = T(bl.MinStopSeconds) }));
            yield return ("BlockSerious", Group.Stops, Bl(bl with { SeriousWithHazardsSeconds = T(bl.SeriousWithHazardsSeconds) }));
            yield return ("FastRoad", Group.Stops, Bl(bl with { FastRoadKmh = R(bl.FastRoadKmh) }));
            yield return ("PoiRadius", Group.Stops, Bl(bl with { PoiExclusionRadiusM = R(bl.PoiExclusionRadiusM) }));
            yield return ("QueueWindow", Group.Stops, Bl(bl with { QueueWindowSeconds = T(bl.QueueWindowSeconds) }));
            yield return ("QueueMove", Group.Stops, Bl(bl with { QueueMinMoveM = R(bl.QueueMinMoveM) }));
            yield return ("QueueKmh", Group.Stops, Bl(bl with { QueueMaxKmh = R(bl.QueueMaxKmh) }));
            yield return ("Dangerous", Group.Stops, Bl(bl with { DangerousBrakingMps2 = R(bl.DangerousBrakingMps2) }));
            yield return ("Menu", Group.Events, Bl(bl with { MenuMinSpeedKmh = R(bl.MenuMinSpeedKmh) }));

            var c = h.Collisions;
            yield return ("WearJump", Group.Events, C(c with { WearJump = R(c.WearJump) }));
            yield return ("WearWindow", Group.Events, C(c with { WearWindowSeconds = T(c.WearWindowSeconds) }));
            yield return ("CollisionMerge", Group.Events, C(c with { MergeSeconds = T(c.MergeSeconds) }));
        }

        yield return ("StopPhase", Group.Stops, n with { StopPhaseFromCrossing = true });
        yield return ("LaneSmoothing", Group.Lanes, n with { LaneChangeLateralSmoothingSeconds = h.Braking.SmoothingSeconds });
    }
}
