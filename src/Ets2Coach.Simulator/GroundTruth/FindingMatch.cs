using Ets2Coach.Habits;

namespace Ets2Coach.Simulator;

/// <summary>The outcome of <see cref="FindingMatcher.Match"/>.</summary>
/// <param name="Matched">Detected findings paired with the expected ones they match.</param>
/// <param name="FalsePositives">Detected findings that match nothing expected.</param>
/// <param name="Missed">Expected findings nothing detected matches.</param>
public sealed record FindingMatch(
    IReadOnlyList<(HabitEvent Detected, ExpectedFinding Expected)> Matched,
    IReadOnlyList<HabitEvent> FalsePositives,
    IReadOnlyList<ExpectedFinding> Missed)
{
    /// <summary>Matched / detected, for the kinds in <paramref name="kinds"/> (1 when nothing was detected).</summary>
    public double Precision(IReadOnlySet<HabitKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var tp = Matched.Count(p => kinds.Contains(p.Detected.Kind));
        var fp = FalsePositives.Count(d => kinds.Contains(d.Kind));
        return tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
    }

    /// <summary>Matched / expected, for the kinds in <paramref name="kinds"/> (1 when nothing was expected).</summary>
    public double Recall(IReadOnlySet<HabitKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var tp = Matched.Count(p => kinds.Contains(p.Expected.Kind));
        var fn = Missed.Count(e => kinds.Contains(e.Kind));
        return tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
    }
}
