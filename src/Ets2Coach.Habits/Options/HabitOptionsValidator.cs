namespace Ets2Coach.Habits;

/// <summary>Start-up validation of <see cref="HabitOptions"/>: every problem as one readable line.</summary>
internal static class HabitOptionsValidator
{
    public static IReadOnlyList<string> Validate(HabitOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var errors = new List<string>();

        void Positive(double value, string name)
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                errors.Add($"{name} must be a positive number (got {value}).");
            }
        }

        void Ascending(string what, params (string Name, double Value)[] values)
        {
            for (var i = 1; i < values.Length; i++)
            {
                if (!(values[i - 1].Value < values[i].Value))
                {
                    errors.Add($"{what}: {values[i - 1].Name} ({values[i - 1].Value}) must be below {values[i].Name} ({values[i].Value}).");
                }
            }
        }

        void MinuteOfDay(int value, string name)
        {
            if (value is < 0 or >= 24 * 60)
            {
                errors.Add($"{name} must be a minute of the day, 0–1439 (got {value}).");
            }
        }

        var m = o.Mass;
        Positive(m.TruckTareKg, "Mass.TruckTareKg");
        Positive(m.TrailerTareKg, "Mass.TrailerTareKg");
        Positive(m.LoadedCargoKg, "Mass.LoadedCargoKg");
        Ascending("Mass", ("BobtailMassKg", m.BobtailMassKg), ("FullLoadMassKg", m.FullLoadMassKg));

        var b = o.Braking;
        Positive(b.FirmMps2, "Braking.FirmMps2");
        Ascending("Braking (loaded)", ("FirmMps2", b.FirmMps2), ("HarshLoadedMps2", b.HarshLoadedMps2), ("EmergencyLoadedMps2", b.EmergencyLoadedMps2), ("ExtremeMps2", b.ExtremeMps2));
        Ascending("Braking (bobtail)", ("FirmMps2", b.FirmMps2), ("HarshBobtailMps2", b.HarshBobtailMps2), ("EmergencyBobtailMps2", b.EmergencyBobtailMps2), ("ExtremeMps2", b.ExtremeMps2));
        Positive(b.SustainSeconds, "Braking.SustainSeconds");
        Positive(b.MinSpeedKmh, "Braking.MinSpeedKmh");
        Positive(b.MergeSeconds, "Braking.MergeSeconds");
        Positive(b.SmoothingSeconds, "Braking.SmoothingSeconds");
        Ascending("Braking stops", ("StoppedBelowKmh", b.StoppedBelowKmh), ("StopFromKmh", b.StopFromKmh));
        Positive(b.StoppedBelowKmh, "Braking.StoppedBelowKmh");
        Ascending("Braking stop mean", ("GoodStopMeanMps2", b.GoodStopMeanMps2), ("LateStopMeanMps2", b.LateStopMeanMps2));
        Ascending("Braking stop peak", ("GoodStopPeakMps2", b.GoodStopPeakMps2), ("LateStopPeakMps2", b.LateStopPeakMps2));
        Positive(b.GoodStopMeanMps2, "Braking.GoodStopMeanMps2");
        Positive(b.OpenRoadLookaheadSeconds, "Braking.OpenRoadLookaheadSeconds");
        Positive(b.OpenRoadPoiAheadM, "Braking.OpenRoadPoiAheadM");
        Positive(b.OpenRoadPoiNearPathM, "Braking.OpenRoadPoiNearPathM");
        Positive(b.OpenRoadStopKmh, "Braking.OpenRoadStopKmh");
        Ascending("Braking collision", ("ExtremeMps2", b.ExtremeMps2), ("CollisionSpikeMps2", b.CollisionSpikeMps2));
        Positive(b.CollisionSuppressSeconds, "Braking.CollisionSuppressSeconds");

        var s = o.Speed;
        Positive(s.ToleranceKmh, "Speed.ToleranceKmh");
        Positive(s.MinDropKmh, "Speed.MinDropKmh");
        Ascending("Speed drop", ("LateAfterSeconds", s.LateAfterSeconds), ("MissedAfterSeconds", s.MissedAfterSeconds));
        Positive(s.LateAfterSeconds, "Speed.LateAfterSeconds");
        Ascending("Speed drop", ("ToleranceKmh", s.ToleranceKmh), ("MissedOverKmh", s.MissedOverKmh));
        Ascending("Speeding", ("SpeedingOverKmh", s.SpeedingOverKmh), ("SpeedingSeriousOverKmh", s.SpeedingSeriousOverKmh));
        Positive(s.SpeedingOverKmh, "Speed.SpeedingOverKmh");
        Positive(s.SpeedingMinSeconds, "Speed.SpeedingMinSeconds");

        var i = o.Indicators;
        Ascending("Indicators", ("VeryLateSeconds", i.VeryLateSeconds), ("LaneChangeLeadSeconds", i.LaneChangeLeadSeconds));
        Ascending("Indicators", ("VeryLateSeconds", i.VeryLateSeconds), ("UrbanTurnLeadSeconds", i.UrbanTurnLeadSeconds));
        Ascending("Indicators", ("VeryLateSeconds", i.VeryLateSeconds), ("FastTurnLeadSeconds", i.FastTurnLeadSeconds));
        Positive(i.VeryLateSeconds, "Indicators.VeryLateSeconds");
        Positive(i.UrbanTurnLeadMetres, "Indicators.UrbanTurnLeadMetres");
        Positive(i.FastTurnLeadMetres, "Indicators.FastTurnLeadMetres");
        Positive(i.FastApproachKmh, "Indicators.FastApproachKmh");
        Ascending("Indicators", ("LaneChangeLeadSeconds", i.LaneChangeLeadSeconds), ("SearchBackSeconds", i.SearchBackSeconds));
        Positive(i.NotCancelledSeconds, "Indicators.NotCancelledSeconds");
        Positive(i.MissingSeriousAtKmh, "Indicators.MissingSeriousAtKmh");

        var l = o.LaneChanges;
        Positive(l.LaneWidthM, "LaneChanges.LaneWidthM");
        Positive(l.MinSpeedKmh, "LaneChanges.MinSpeedKmh");
        Ascending("Lane change displacement", ("MinDisplacementLanes", l.MinDisplacementLanes), ("MaxDisplacementLanes", l.MaxDisplacementLanes));
        Positive(l.MinDisplacementLanes, "LaneChanges.MinDisplacementLanes");
        Positive(l.MaxNetHeadingDegrees, "LaneChanges.MaxNetHeadingDegrees");
        Ascending("Lane change duration", ("MinDurationSeconds", l.MinDurationSeconds), ("MaxDurationSeconds", l.MaxDurationSeconds));
        Ascending("Lane change equivalent duration", ("SevereEquivalentSeconds", l.SevereEquivalentSeconds), ("AbruptEquivalentSeconds", l.AbruptEquivalentSeconds), ("BriskEquivalentSeconds", l.BriskEquivalentSeconds));
        Positive(l.SevereEquivalentSeconds, "LaneChanges.SevereEquivalentSeconds");
        Ascending("Lane change lateral", ("AbruptLateralMps2", l.AbruptLateralMps2), ("SevereLateralMps2", l.SevereLateralMps2));
        Positive(l.AbruptLateralMps2, "LaneChanges.AbruptLateralMps2");
        Positive(l.WeavingWindowSeconds, "LaneChanges.WeavingWindowSeconds");
        Positive(l.RoadReferenceSeconds, "LaneChanges.RoadReferenceSeconds");
        Positive(l.StartLateralSpeedMps, "LaneChanges.StartLateralSpeedMps");
        Positive(l.LateralPeakSmoothingSeconds, "LaneChanges.LateralPeakSmoothingSeconds");
        Positive(l.TurnMaxRadiusM, "LaneChanges.TurnMaxRadiusM");
        Positive(l.TurnActiveYawDegreesPerS, "LaneChanges.TurnActiveYawDegreesPerS");
        Positive(l.TurnSettleSeconds, "LaneChanges.TurnSettleSeconds");
        Ascending("Turns", ("TurnStartDegrees", l.TurnStartDegrees), ("TurnMinDegrees", l.TurnMinDegrees), ("TurnMaxDegrees", l.TurnMaxDegrees));
        Positive(l.TurnStartDegrees, "LaneChanges.TurnStartDegrees");
        Positive(l.TurnMaxSeconds, "LaneChanges.TurnMaxSeconds");
        Positive(l.TurnMaxKmh, "LaneChanges.TurnMaxKmh");
        Positive(l.CorneringSustainSeconds, "LaneChanges.CorneringSustainSeconds");
        Ascending("Cornering (loaded)", ("LoadedCautionMps2", l.LoadedCautionMps2), ("LoadedHarshMps2", l.LoadedHarshMps2), ("LoadedSevereMps2", l.LoadedSevereMps2));
        Positive(l.LoadedCautionMps2, "LaneChanges.LoadedCautionMps2");
        Ascending("Cornering (empty)", ("EmptyCautionMps2", l.EmptyCautionMps2), ("EmptyHarshMps2", l.EmptyHarshMps2), ("EmptySevereMps2", l.EmptySevereMps2));
        Positive(l.EmptyCautionMps2, "LaneChanges.EmptyCautionMps2");

        var li = o.Lights;
        MinuteOfDay(li.RequiredFromMinuteOfDay, "Lights.RequiredFromMinuteOfDay");
        MinuteOfDay(li.RequiredUntilMinuteOfDay, "Lights.RequiredUntilMinuteOfDay");
        MinuteOfDay(li.RecommendedFromMinuteOfDay, "Lights.RecommendedFromMinuteOfDay");
        MinuteOfDay(li.RecommendedUntilMinuteOfDay, "Lights.RecommendedUntilMinuteOfDay");
        Positive(li.MinSpeedKmh, "Lights.MinSpeedKmh");
        Positive(li.GraceSeconds, "Lights.GraceSeconds");
        Ascending("Lights", ("GraceSeconds", li.GraceSeconds), ("SeriousAfterSeconds", li.SeriousAfterSeconds));
        Positive(li.SeriousAtKmh, "Lights.SeriousAtKmh");

        var p = o.Poi;
        Positive(p.TollCheckDistanceM, "Poi.TollCheckDistanceM");
        Positive(p.TollTargetKmh, "Poi.TollTargetKmh");
        Positive(p.YardRadiusM, "Poi.YardRadiusM");
        Positive(p.YardTargetKmh, "Poi.YardTargetKmh");
        Ascending("Poi", ("MinorOverKmh", p.MinorOverKmh), ("SeriousOverKmh", p.SeriousOverKmh));
        Positive(p.MinorOverKmh, "Poi.MinorOverKmh");
        Ascending("Poi", ("TollCheckDistanceM", p.TollCheckDistanceM), ("HistoryMetres", p.HistoryMetres));
        Positive(p.ServiceAreaFuelRiseL, "Poi.ServiceAreaFuelRiseL");

        var bl = o.Blocking;
        Positive(bl.StoppedBelowKmh, "Blocking.StoppedBelowKmh");
        Ascending("Blocking", ("MinStopSeconds", bl.MinStopSeconds), ("SeriousWithHazardsSeconds", bl.SeriousWithHazardsSeconds));
        Positive(bl.MinStopSeconds, "Blocking.MinStopSeconds");
        Positive(bl.FastRoadKmh, "Blocking.FastRoadKmh");
        Positive(bl.PoiExclusionRadiusM, "Blocking.PoiExclusionRadiusM");
        Positive(bl.QueueWindowSeconds, "Blocking.QueueWindowSeconds");
        Positive(bl.QueueMinMoveM, "Blocking.QueueMinMoveM");
        Positive(bl.QueueMaxKmh, "Blocking.QueueMaxKmh");
        Positive(bl.DangerousBrakingMps2, "Blocking.DangerousBrakingMps2");
        Positive(bl.MenuMinSpeedKmh, "Blocking.MenuMinSpeedKmh");

        var c = o.Collisions;
        Positive(c.WearJump, "Collisions.WearJump");
        Positive(c.WearWindowSeconds, "Collisions.WearWindowSeconds");
        Positive(c.MergeSeconds, "Collisions.MergeSeconds");

        var sc = o.Scoring;
        Positive(sc.PenaltyPerPointPer100Km, "Scoring.PenaltyPerPointPer100Km");
        Positive(sc.MinNormalisationKm, "Scoring.MinNormalisationKm");
        var categories = Enum.GetValues<HabitCategory>().Length;
        if (sc.WeightsPercent is null || sc.WeightsPercent.Count != categories)
        {
            errors.Add($"Scoring.WeightsPercent needs {categories} weights, one per habit.");
        }
        else
        {
            var sum = 0.0;
            foreach (var w in sc.WeightsPercent)
            {
                if (!double.IsFinite(w) || w < 0)
                {
                    errors.Add($"Scoring.WeightsPercent: every weight must be 0 or more (got {w}).");
                }

                sum += w;
            }

            if (Math.Abs(sum - 100) > 1e-6)
            {
                errors.Add($"Scoring.WeightsPercent must sum to 100 (got {sum}).");
            }
        }

        if (sc.BandCutoffs is null || sc.BandCutoffs.Count != 3 || !(sc.BandCutoffs[0] > sc.BandCutoffs[1] && sc.BandCutoffs[1] > sc.BandCutoffs[2]))
        {
            errors.Add("Scoring.BandCutoffs must be three descending scores, e.g. 90, 75, 60.");
        }

        return errors;
    }
}
