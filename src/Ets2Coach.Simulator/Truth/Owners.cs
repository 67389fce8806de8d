using Ets2Coach.Simulator.Planning;

namespace Ets2Coach.Simulator.Truth;

/// <summary>Attributes a finding found on the whole drive to the manoeuvre that caused it.</summary>
internal static class Owners
{
    /// <summary>The draft of one of <paramref name="kinds"/> whose span holds <paramref name="t"/>, else the nearest such draft, else the nearest of any kind.</summary>
    public static int Find(List<ManoeuvreDraft> drafts, double t, params ManoeuvreKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            foreach (var d in drafts)
            {
                if (d.Kind == kind && d.Contains(t))
                {
                    return d.Id;
                }
            }
        }

        var best = -1;
        var bestDistance = double.MaxValue;
        foreach (var pass in new[] { true, false })
        {
            foreach (var d in drafts)
            {
                if (pass && Array.IndexOf(kinds, d.Kind) < 0)
                {
                    continue;
                }

                var distance = d.Contains(t) ? 0 : Math.Min(Math.Abs(d.StartSeconds - t), Math.Abs(d.EndSeconds - t));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = d.Id;
                }
            }

            if (best >= 0 && (bestDistance < 30 || !pass))
            {
                return best;
            }
        }

        return best;
    }
}
