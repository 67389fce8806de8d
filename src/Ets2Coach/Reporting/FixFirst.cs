using Ets2Coach.Habits;

namespace Ets2Coach.Reporting;

/// <summary>One habit to fix first, with the advice for what cost it the most points in this drive.</summary>
/// <param name="Category">The habit.</param>
/// <param name="Points">Points it lost.</param>
/// <param name="Kind">The finding kind that cost it the most points (ties: the more frequent).</param>
/// <param name="Advice">That kind's advice.</param>
internal sealed record FixFirst(HabitCategory Category, int Points, HabitKind Kind, string Advice)
{
    /// <summary>The score's fix-first habits, each with its advice.</summary>
    public static IReadOnlyList<FixFirst> For(DriveScore score, IReadOnlyList<HabitEvent> findings)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(findings);
        var list = new List<FixFirst>(score.FixFirst.Count);
        foreach (var category in score.FixFirst)
        {
            var worst = findings.Where(f => f.Category == category)
                .GroupBy(f => f.Kind)
                .Select(g => (Kind: g.Key, Points: g.Sum(f => HabitCatalog.PointsFor(f.Severity)), Count: g.Count()))
                .OrderByDescending(g => g.Points)
                .ThenByDescending(g => g.Count)
                .ThenBy(g => g.Kind)
                .First();
            var points = score.Habits.First(h => h.Category == category).Points;
            list.Add(new FixFirst(category, points, worst.Kind, HabitCatalog.AdviceFor(worst.Kind)));
        }

        return list;
    }
}
