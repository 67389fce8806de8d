using Ets2Coach.Habits;

namespace Ets2Coach.Simulator;

/// <summary>
/// Matches detected findings with expected ones (docs/habits.md, "Ground truth"): same kind and
/// severity, spans overlapping after widening each by <see cref="ToleranceSeconds"/>, one to one,
/// closest start first.
/// </summary>
public static class FindingMatcher
{
    /// <summary>How far each span is widened before testing overlap.</summary>
    public const double ToleranceSeconds = 2.0;

    /// <summary>Matches <paramref name="detected"/> against <paramref name="expected"/>.</summary>
    public static FindingMatch Match(IReadOnlyList<HabitEvent> detected, IReadOnlyList<ExpectedFinding> expected)
    {
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(expected);

        var expectedTaken = new bool[expected.Count];
        var pairs = new List<(HabitEvent Detected, ExpectedFinding Expected)>();
        var falsePositives = new List<HabitEvent>();

        // Deterministic order: by start time, then kind.
        var order = detected.OrderBy(d => d.StartSeconds).ThenBy(d => d.Kind).ToArray();
        foreach (var d in order)
        {
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var i = 0; i < expected.Count; i++)
            {
                var e = expected[i];
                if (expectedTaken[i] || e.Kind != d.Kind || e.Severity != d.Severity || !Overlaps(d, e))
                {
                    continue;
                }

                var distance = Math.Abs(e.StartSeconds - d.StartSeconds);
                if (distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            if (best < 0)
            {
                falsePositives.Add(d);
            }
            else
            {
                expectedTaken[best] = true;
                pairs.Add((d, expected[best]));
            }
        }

        var missed = new List<ExpectedFinding>();
        for (var i = 0; i < expected.Count; i++)
        {
            if (!expectedTaken[i])
            {
                missed.Add(expected[i]);
            }
        }

        return new FindingMatch(pairs, falsePositives, missed);
    }

    private static bool Overlaps(HabitEvent d, ExpectedFinding e) =>
        d.StartSeconds - ToleranceSeconds <= e.EndSeconds + ToleranceSeconds &&
        e.StartSeconds - ToleranceSeconds <= d.EndSeconds + ToleranceSeconds;
}
