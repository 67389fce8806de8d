using Ets2Coach.Habits;
using Ets2Coach.Simulator;

namespace Ets2Coach.Reporting;

/// <summary>
/// How the coach's findings compare with what the simulator planted (a simulated drive only):
/// <see cref="FindingMatcher"/>'s one-to-one match of kind, severity and span.
/// </summary>
/// <param name="Expected">Findings the simulator's ground truth says the drive must produce.</param>
/// <param name="Matched">Of those, found by the coach.</param>
/// <param name="FalseAlarms">Coach findings that match nothing planted.</param>
/// <param name="Missed">Planted findings the coach did not report.</param>
/// <param name="UpToSeconds">When the drive ended early: only findings that ended by then (game clock, s) are compared; else null.</param>
internal sealed record GroundTruthSummary(int Expected, int Matched, IReadOnlyList<HabitEvent> FalseAlarms, IReadOnlyList<ExpectedFinding> Missed, double? UpToSeconds)
{
    /// <summary>Matched / (matched + false alarms); 1 when the coach reported nothing.</summary>
    public double Precision => Matched + FalseAlarms.Count == 0 ? 1 : (double)Matched / (Matched + FalseAlarms.Count);

    /// <summary>Matched / expected; 1 when nothing was planted.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>
    /// How long after its span ends a finding may still be undecided: a turn's indicator verdict waits
    /// for the turn to settle, a lane change for its refit 2 s after it, a forgotten indicator 5 s, a
    /// weaving pair the second change. 30 s covers them all with room to spare.
    /// </summary>
    public const double DecisionLagSeconds = 30;

    /// <summary>
    /// Compares <paramref name="detected"/> with <paramref name="truth"/>. A drive cut short at
    /// <paramref name="drivenUpToSeconds"/> is compared only over findings that ended at least
    /// <see cref="DecisionLagSeconds"/> before then, since later ones could not have been decided yet.
    /// </summary>
    public static GroundTruthSummary Compare(IReadOnlyList<HabitEvent> detected, DriveGroundTruth truth, double drivenUpToSeconds)
    {
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(truth);
        var expected = truth.ExpectedFindings;
        double? cutoff = null;
        if (drivenUpToSeconds < truth.DurationSeconds - 1)
        {
            cutoff = Math.Max(0, drivenUpToSeconds - DecisionLagSeconds);
            expected = [.. expected.Where(e => e.EndSeconds <= cutoff)];
            detected = [.. detected.Where(d => d.EndSeconds <= cutoff)];
        }

        var match = FindingMatcher.Match(detected, expected);
        return new GroundTruthSummary(expected.Count, match.Matched.Count, match.FalsePositives, match.Missed, cutoff);
    }
}
