using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>
/// Exponential moving average defined by a time constant, so it smooths the same at 20 Hz and
/// 1 kHz: α = 1 − exp(−Δt/τ). α is cached for the last Δt and, for small Δt/τ, taken from a
/// series, because Math.Exp per frame per filter would cost more than the detectors themselves.
/// </summary>
internal struct Ema
{
    private readonly double _tauSeconds;
    private double _lastDtSeconds;
    private double _alpha;

    public Ema(double tauSeconds)
    {
        _tauSeconds = tauSeconds;
        _lastDtSeconds = -1;
        Value = 0;
        IsSet = false;
    }

    /// <summary>The smoothed value (meaningless until <see cref="IsSet"/>).</summary>
    public double Value { get; private set; }

    /// <summary>True once seeded.</summary>
    public bool IsSet { get; private set; }

    /// <summary>Feeds one sample taken <paramref name="dtSeconds"/> after the previous one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double x, double dtSeconds)
    {
        if (!IsSet)
        {
            Value = x;
            IsSet = true;
            return x;
        }

        if (dtSeconds != _lastDtSeconds)
        {
            _lastDtSeconds = dtSeconds;
            _alpha = AlphaFor(dtSeconds, _tauSeconds);
        }

        Value += _alpha * (x - Value);
        return Value;
    }

    /// <summary>Forgets the history; the next sample seeds the filter.</summary>
    public void Reset() => IsSet = false;

    /// <summary>1 − exp(−dt/τ), exact to ~1e-9.</summary>
    public static double AlphaFor(double dtSeconds, double tauSeconds)
    {
        if (dtSeconds <= 0)
        {
            return 0;
        }

        var x = dtSeconds / tauSeconds;
        // Four-term series of 1 − e^(−x): error below x⁵/120 (3e-9 at x = 0.05).
        return x < 0.05 ? x * (1 - (x / 2 * (1 - (x / 3 * (1 - (x / 4)))))) : 1 - Math.Exp(-x);
    }
}
