using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>
/// Exponential moving average defined by a time constant, so it smooths the same at 20 Hz and
/// 1 kHz: α = 1 − exp(−Δt/τ). The caller computes α once per frame per time constant with
/// <see cref="AlphaFor"/> (several filters share it), which keeps divisions and Math.Exp off the
/// per-filter path.
/// </summary>
internal struct Ema
{
    /// <summary>The smoothed value (meaningless until <see cref="IsSet"/>).</summary>
    public double Value { get; private set; }

    /// <summary>True once seeded.</summary>
    public bool IsSet { get; private set; }

    /// <summary>Feeds one sample with the frame's smoothing factor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double x, double alpha)
    {
        if (!IsSet)
        {
            Value = x;
            IsSet = true;
            return x;
        }

        Value += alpha * (x - Value);
        return Value;
    }

    /// <summary>Forgets the history; the next sample seeds the filter.</summary>
    public void Reset() => IsSet = false;

    /// <summary>1 − exp(−dt/τ) given 1/τ, exact to ~1e-9.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AlphaFor(double dtSeconds, double inverseTauPerSecond)
    {
        if (dtSeconds <= 0)
        {
            return 0;
        }

        const double Third = 1.0 / 3;
        var x = dtSeconds * inverseTauPerSecond;
        // Four-term series of 1 − e^(−x): error below x⁵/120 (3e-9 at x = 0.05).
        return x < 0.05 ? x * (1 - (x * 0.5 * (1 - (x * Third * (1 - (x * 0.25)))))) : 1 - Math.Exp(-x);
    }
}
