using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.History.Tests.Support;

/// <summary>Drives built by hand: findings of the kinds, values and units the detectors report, scored by <see cref="DriveScorer"/>.</summary>
internal static class Records
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 18, 0, 0, TimeSpan.Zero);

    private static readonly (HabitKind Kind, Severity Severity, double Measured, double Threshold, string Unit, string Detail)[] s_templates =
    [
        (HabitKind.HardBraking, Severity.Minor, 2.87, 2.5, "m/s²", ""),
        (HabitKind.HardBraking, Severity.Serious, 3.61, 3.4, "m/s²", ""),
        (HabitKind.LateBraking, Severity.Minor, 1.92, 1.5, "m/s²", ""),
        (HabitKind.FollowingTooClose, Severity.Minor, 2.87, 1.5, "m/s²", ""),
        (HabitKind.LimitDropLate, Severity.Minor, 5.4, 3, "s", ""),
        (HabitKind.Speeding, Severity.Serious, 23.5, 10, "km/h", ""),
        (HabitKind.IndicatorMissing, Severity.Minor, double.NaN, 3, "s", ""),
        (HabitKind.IndicatorLate, Severity.Info, 1.8, 3, "s", ""),
        (HabitKind.IndicatorVeryLate, Severity.Minor, 0.4, 3, "s", ""),
        (HabitKind.LaneChangeAbrupt, Severity.Minor, 2.6, 3, "s", ""),
        (HabitKind.HarshCornering, Severity.Minor, 2.21, 2.0, "m/s²", ""),
        (HabitKind.LightsOffAtDusk, Severity.Info, 45, 15, "s", ""),
        (HabitKind.LightsOffAtNight, Severity.Serious, 75, 60, "s", ""),
        (HabitKind.TollApproachTooFast, Severity.Minor, 44, 40, "km/h", ""),
        (HabitKind.StoppedInLane, Severity.Serious, 35, 20, "s", ""),
        (HabitKind.MenuWhileRolling, Severity.Minor, 38, 5, "km/h", ""),
        (HabitKind.GameFine, Severity.Serious, 0, 0, "", "speeding_camera"),
        (HabitKind.Collision, Severity.Dangerous, 0.012, 0.005, "wear", "wear jump"),
    ];

    /// <summary>8–24 findings spread over a drive, deterministic per <paramref name="variant"/>.</summary>
    public static IReadOnlyList<HabitEvent> Events(int variant)
    {
        var random = new Random(variant);
        var count = 8 + random.Next(17);
        var events = new List<HabitEvent>(count);
        var t = 30.0;
        for (var i = 0; i < count; i++)
        {
            var (kind, severity, measured, threshold, unit, detail) = s_templates[random.Next(s_templates.Length)];
            t += 20 + (random.NextDouble() * 120);
            var length = kind is HabitKind.GameFine or HabitKind.Collision or HabitKind.MenuWhileRolling ? 0 : 0.5 + (random.NextDouble() * 8);
            events.Add(new HabitEvent
            {
                Kind = kind,
                Severity = severity,
                StartSeconds = Math.Round(t, 3),
                EndSeconds = Math.Round(t + length, 3),
                Position = new WorldPosition(-31_000 + (random.NextDouble() * 2_000), 40 + random.NextDouble(), 12_000 + (random.NextDouble() * 2_000)),
                SpeedMps = (float)(8 + (random.NextDouble() * 18)),
                MeasuredValue = measured,
                Threshold = threshold,
                Unit = unit,
                Detail = detail,
            });
        }

        return events;
    }

    public static DriveRecord Drive(int variant, DateTimeOffset? startedAt = null, string? filePath = null, SimulationInfo? simulation = null, string gameId = "eut2")
    {
        var events = Events(variant);
        var distanceKm = 30 + (variant % 70);
        var durationSeconds = distanceKm / 72.0 * 3600;
        var started = startedAt ?? Start.AddHours(variant);
        var score = DriveScorer.Score(events, distanceKm, durationSeconds, HabitOptions.Default.Scoring);
        return new DriveRecord
        {
            StartedAt = started,
            EndedAt = started.AddSeconds(Math.Round(durationSeconds)),
            GameId = gameId,
            FrameRateHz = 60,
            FramesRead = (long)(durationSeconds * 60),
            FramesLost = variant % 3,
            FramesTorn = variant % 2,
            FilePath = filePath,
            Simulation = simulation,
            Scoring = DriveScoring.From(score, events, HabitOptions.Default),
        };
    }
}
