namespace Ets2Coach.Simulator.Planning;

/// <summary>
/// The planner's only source of randomness: SplitMix64 seeded from (seed, attempt, stream). Drawn while
/// the plan is built, never per frame, so every sampling rate sees the same plan.
/// </summary>
internal sealed class PlanRandom
{
    private ulong _state;

    public PlanRandom(int seed, int attempt, ulong stream)
    {
        _state = Mix(((ulong)(uint)seed << 32) ^ ((ulong)(uint)attempt * 0x9E3779B97F4A7C15UL) ^ (stream * 0xD1B54A32D192ED03UL));
    }

    /// <summary>A child stream for one plan item, so drawing more in one item does not shift the next.</summary>
    public PlanRandom Fork(ulong stream) => new(unchecked((int)NextU64()), unchecked((int)(NextU64() >> 32)), stream);

    public ulong NextU64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextU64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [lo, hi].</summary>
    public double Uniform(double lo, double hi) => lo + ((hi - lo) * NextDouble());

    /// <summary>Uniform integer in [lo, hiExclusive).</summary>
    public int Int(int lo, int hiExclusive) => lo + (int)(NextDouble() * (hiExclusive - lo));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>An index drawn with the given (not necessarily normalised) weights.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += Math.Max(0, w);
        }

        if (total <= 0)
        {
            return 0;
        }

        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= Math.Max(0, weights[i]);
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
