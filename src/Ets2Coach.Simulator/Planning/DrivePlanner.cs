using Ets2Coach.Habits;
using Ets2Coach.Simulator.Truth;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>
/// Plans a drive and its ground truth: builds the route, checks every label against the guard bands
/// (<see cref="GuardCheck"/>), re-draws the lights or the whole plan (deterministically, from the seed and an
/// attempt number) until nothing hinges on a threshold, then labels every manoeuvre with the oracles.
/// </summary>
internal static class DrivePlanner
{
    private const int MaxAttempts = 12;
    private const int LightsVariants = 30;

    public sealed record Result(DrivePlan Plan, DriveGroundTruth Truth, int Attempt, IReadOnlyList<string> RejectedBecause);

    public static Result Create(SimulationOptions options)
    {
        var rejected = new List<string>();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var builder = new PlanBuilder(options, attempt);
            builder.BuildRoute();
            var motion = builder.Assemble();
            var samples = new TrajectorySamples(motion);
            var violations = GuardCheck.Violations(samples, null, GuardCheck.Group.Motion);
            if (violations.Count > 0)
            {
                rejected.Add($"attempt {attempt}: {violations[0]} {Explain(motion, violations[0])}");
                continue;
            }

            LightsPlan? lights = null;
            for (var v = 0; v < LightsVariants && lights is null; v++)
            {
                var candidate = builder.DrawLights((attempt * 100) + v, motion.Speed);
                var lightsViolations = GuardCheck.Violations(samples, candidate, GuardCheck.Group.Lights);
                if (lightsViolations.Count == 0)
                {
                    lights = candidate;
                }
                else if (v == LightsVariants - 1)
                {
                    rejected.Add($"attempt {attempt} lights: {lightsViolations[0]}");
                }
            }

            if (lights is null)
            {
                continue;
            }

            builder.CommitLights(lights);
            var plan = builder.Assemble();
            var finalSamples = new TrajectorySamples(plan);
            var findings = GuardCheck.Run(finalSamples, lights, OracleSettings.Default, GuardCheck.Group.Motion | GuardCheck.Group.Lights);
            return new Result(plan, Label(plan, findings, finalSamples), attempt, rejected);
        }

        throw new InvalidOperationException($"No guard-banded plan for seed {options.Seed} ({options.Profile.Name}) in {MaxAttempts} attempts: {string.Join(" | ", rejected)}");
    }

    private static string Explain(DrivePlan plan, string violation)
    {
        var ids = System.Text.RegularExpressions.Regex.Matches(violation, @"/(\d+)\b").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        return string.Join(" ", ids.Select(id => plan.Drafts.FirstOrDefault(d => d.Id == id) is { } d ? $"(#{id} {d.Kind}: {d.Description})" : ""));
    }

    private static DriveGroundTruth Label(DrivePlan plan, List<ExpectedFinding> findings, TrajectorySamples samples)
    {
        var absent = plan.Options.AbsentChannels;
        var byId = plan.Drafts.ToDictionary(d => d.Id);
        foreach (var f in findings)
        {
            if (DetectorCanSee(f, absent, plan))
            {
                byId[f.ManoeuvreId].Findings.Add(f);
            }
        }

        var records = plan.Drafts.OrderBy(d => d.StartSeconds).ThenBy(d => d.Id).Select(d => d.ToRecord()).ToArray();
        return new DriveGroundTruth(records, samples.Odometer[^1] / 1000, plan.DurationSeconds);
    }

    /// <summary>
    /// Whether a detector can report <paramref name="finding"/> when the game lacks <paramref name="absent"/>
    /// channels: docs/habits.md says a detector without its signal stays silent. The channels each kind needs
    /// are this simulator's reading of the spec (docs/simulator.md, "Absent channels").
    /// </summary>
    internal static bool DetectorCanSee(ExpectedFinding finding, TelemetryChannels absent, DrivePlan plan)
    {
        const TelemetryChannels motion = TelemetryChannels.Speed | TelemetryChannels.WorldPlacement;
        var needs = finding.Kind switch
        {
            HabitKind.HardBraking or HabitKind.LateBraking or HabitKind.MenuWhileRolling => TelemetryChannels.Speed,
            HabitKind.FollowingTooClose or HabitKind.TollApproachTooFast or HabitKind.YardApproachTooFast or HabitKind.StoppedInLane => motion,
            HabitKind.LimitDropLate or HabitKind.LimitDropMissed or HabitKind.Speeding => TelemetryChannels.Speed | TelemetryChannels.NavigationSpeedLimit,
            HabitKind.LaneChangeBrisk or HabitKind.LaneChangeAbrupt or HabitKind.LaneChangeSevere or HabitKind.Weaving => motion,
            HabitKind.HarshCornering => motion | TelemetryChannels.LocalAcceleration,
            HabitKind.IndicatorMissing or HabitKind.IndicatorLate or HabitKind.IndicatorVeryLate or HabitKind.IndicatorWrongSide or HabitKind.IndicatorNotCancelled
                => motion | TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker,
            HabitKind.LightsOffAtNight or HabitKind.LightsOffAtDusk => TelemetryChannels.Speed | TelemetryChannels.LowBeam | TelemetryChannels.HighBeam | TelemetryChannels.GameTime,
            HabitKind.LightsOffInRain => TelemetryChannels.Speed | TelemetryChannels.LowBeam | TelemetryChannels.HighBeam | TelemetryChannels.Wipers,
            HabitKind.Collision => CollisionNeeds(finding, plan),
            _ => TelemetryChannels.None,
        };
        return (needs & absent) == 0;
    }

    private static TelemetryChannels CollisionNeeds(ExpectedFinding finding, DrivePlan plan)
    {
        foreach (var e in plan.Events)
        {
            if (e.Template.Kind == TelemetryEventKind.PlayerFined && e.Template.Offence == Offence.Crash && Math.Abs((e.DriveTimeUs / 1e6) - finding.StartSeconds) <= 5)
            {
                return TelemetryChannels.None;
            }
        }

        return TelemetryChannels.WearEngine | TelemetryChannels.WearTransmission | TelemetryChannels.WearCabin | TelemetryChannels.WearChassis | TelemetryChannels.WearWheels;
    }
}
