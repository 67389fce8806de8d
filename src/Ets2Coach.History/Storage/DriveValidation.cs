using Ets2Coach.Habits;

namespace Ets2Coach.History.Storage;

/// <summary>Checks a drive before it is written: what the schema's NOT NULL columns and the readers rely on.</summary>
internal static class DriveValidation
{
    private static readonly int s_categoryCount = Enum.GetValues<HabitCategory>().Length;

    /// <summary>A one-line description of the first problem, or null.</summary>
    public static string? Check(DriveRecord drive)
    {
        if (string.IsNullOrEmpty(drive.GameId))
        {
            return "GameId must be set (eut2, ats or unknown).";
        }

        if (!double.IsFinite(drive.FrameRateHz) || drive.FrameRateHz < 0)
        {
            return $"FrameRateHz must be a finite number, 0 or more (got {drive.FrameRateHz}).";
        }

        if (drive.FramesRead < 0 || drive.FramesLost < 0 || drive.FramesTorn < 0)
        {
            return "Frame counts must be 0 or more.";
        }

        if (drive.FilePath is { } file && !Path.IsPathFullyQualified(file))
        {
            // Re-scoring runs from any working directory: a relative path would point elsewhere.
            return $"FilePath must be a full path (got '{file}').";
        }

        if (drive.Simulation is { Profile: null })
        {
            return "Simulation.Profile must be set.";
        }

        return drive.Scoring is null ? "Scoring must be set." : Check(drive.Scoring);
    }

    /// <summary>A one-line description of the first problem, or null.</summary>
    public static string? Check(DriveScoring s)
    {
        if (!IsFiniteNonNegative(s.DistanceKm) || !IsFiniteNonNegative(s.DurationSeconds) || !IsFiniteNonNegative(s.NormalisationKm) || !double.IsFinite(s.Overall))
        {
            return "Scoring: distance, duration, normalisation and overall score must be finite numbers (distances and duration 0 or more).";
        }

        if (!Enum.IsDefined(s.Band))
        {
            return $"Scoring: band {s.Band} is not defined.";
        }

        if (s.Habits is null || s.Events is null)
        {
            return "Scoring: Habits and Events must be set.";
        }

        if (s.Habits.Count != s_categoryCount)
        {
            return $"Scoring: Habits must hold one score per habit ({s_categoryCount}); it holds {s.Habits.Count}.";
        }

        var seen = new bool[s_categoryCount];
        foreach (var h in s.Habits)
        {
            if (h is null || !Enum.IsDefined(h.Category) || seen[(int)h.Category])
            {
                return "Scoring: Habits must hold each habit exactly once.";
            }

            seen[(int)h.Category] = true;
            if (!double.IsFinite(h.Score) || !double.IsFinite(h.PointsPer100Km) || !double.IsFinite(h.WeightPercent))
            {
                return $"Scoring: the {h.Category} score, points per 100 km and weight must be finite.";
            }
        }

        for (var i = 0; i < s.Events.Count; i++)
        {
            var e = s.Events[i];
            if (e is null || !Enum.IsDefined(e.Kind) || !Enum.IsDefined(e.Severity))
            {
                return $"Scoring: finding {i} is missing or has an undefined kind or severity.";
            }

            if (!double.IsFinite(e.StartSeconds) || !double.IsFinite(e.EndSeconds) || e.Unit is null || e.Detail is null)
            {
                return $"Scoring: finding {i} ({e.Kind}) needs finite start and end times, a unit and a detail (may be empty).";
            }
        }

        return null;
    }

    private static bool IsFiniteNonNegative(double value) => double.IsFinite(value) && value >= 0;
}
