namespace Ets2Coach.Habits;

/// <summary>
/// Turns findings into a <see cref="DriveScore"/> (reference §7.2): points per severity, per-habit
/// scores normalised per 100 km of max(distance, 50 km), a weighted overall score and its band.
/// </summary>
public static class DriveScorer
{
    /// <summary>Scores <paramref name="findings"/> over a drive of <paramref name="distanceKm"/> and <paramref name="durationSeconds"/>.</summary>
    /// <exception cref="ArgumentException">Distance or duration is negative or not finite, or the options are invalid.</exception>
    public static DriveScore Score(IReadOnlyList<HabitEvent> findings, double distanceKm, double durationSeconds, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(distanceKm) || distanceKm < 0)
        {
            throw new ArgumentException($"Distance must be a finite number of km, 0 or more (got {distanceKm}).", nameof(distanceKm));
        }

        if (!double.IsFinite(durationSeconds) || durationSeconds < 0)
        {
            throw new ArgumentException($"Duration must be a finite number of seconds, 0 or more (got {durationSeconds}).", nameof(durationSeconds));
        }

        var problems = new HabitOptions { Scoring = options }.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid scoring options: " + string.Join(" ", problems), nameof(options));
        }

        var categories = Enum.GetValues<HabitCategory>();
        var points = new int[categories.Length];
        var counts = new int[categories.Length];
        var bySeverity = new Dictionary<Severity, int>();
        foreach (var severity in Enum.GetValues<Severity>())
        {
            bySeverity[severity] = 0;
        }

        var byKind = new Dictionary<HabitKind, int>();
        foreach (var f in findings)
        {
            var c = (int)f.Category;
            points[c] += HabitCatalog.PointsFor(f.Severity);
            counts[c]++;
            bySeverity[f.Severity]++;
            byKind[f.Kind] = byKind.GetValueOrDefault(f.Kind) + 1;
        }

        var normalisation = Math.Max(distanceKm, options.MinNormalisationKm);
        var habits = new HabitScore[categories.Length];
        double weighted = 0, weights = 0;
        for (var i = 0; i < categories.Length; i++)
        {
            var per100 = points[i] * 100 / normalisation;
            var score = Math.Max(0, 100 - (options.PenaltyPerPointPer100Km * per100));
            var weight = options.WeightsPercent[i];
            habits[i] = new HabitScore(categories[i], counts[i], points[i], per100, score, weight);
            weighted += weight * score;
            weights += weight;
        }

        var overall = weights > 0 ? weighted / weights : 100;
        return new DriveScore
        {
            DistanceKm = distanceKm,
            DurationSeconds = durationSeconds,
            NormalisationKm = normalisation,
            Overall = overall,
            Band = BandOf(overall, options),
            Habits = habits,
            CountsBySeverity = bySeverity,
            CountsByKind = byKind,
            FixFirst = FixFirst(habits),
        };
    }

    /// <summary>The band a score falls in under <paramref name="options"/>.</summary>
    public static RiskBand BandOf(double score, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var c = options.BandCutoffs;
        return score >= c[0] ? RiskBand.LowRisk : score >= c[1] ? RiskBand.Mild : score >= c[2] ? RiskBand.Medium : RiskBand.HighRisk;
    }

    private static HabitCategory[] FixFirst(HabitScore[] habits)
    {
        // Most points first; on a tie, the habit that costs the overall score more (weight × lost points).
        var ranked = habits.Where(h => h.Points > 0)
            .OrderByDescending(h => h.Points)
            .ThenByDescending(h => h.WeightPercent * (100 - h.Score))
            .ThenBy(h => h.Category)
            .Take(3)
            .Select(h => h.Category)
            .ToArray();
        return ranked;
    }
}
