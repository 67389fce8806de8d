using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>
/// The frame's smoothing factors for the two time constants, cached for the last two frame periods:
/// a 60 Hz stream alternates 16 666 and 16 667 µs, so both stay cached and the series is skipped.
/// </summary>
internal struct SmoothingFactors(double inverseTau, double inverseTauFast)
{
    private double _dtA = -1;
    private double _alphaA;
    private double _fastA;
    private double _dtB = -1;
    private double _alphaB;
    private double _fastB;
    private bool _replaceA;

    /// <summary>Returns α for the main and the fast time constant at <paramref name="dtSeconds"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (double Alpha, double Fast) For(double dtSeconds)
    {
        if (dtSeconds == _dtA)
        {
            return (_alphaA, _fastA);
        }

        if (dtSeconds == _dtB)
        {
            return (_alphaB, _fastB);
        }

        return Compute(dtSeconds);
    }

    private (double Alpha, double Fast) Compute(double dtSeconds)
    {
        var alpha = Ema.AlphaFor(dtSeconds, inverseTau);
        var fast = Ema.AlphaFor(dtSeconds, inverseTauFast);
        if (_replaceA)
        {
            (_dtA, _alphaA, _fastA) = (dtSeconds, alpha, fast);
        }
        else
        {
            (_dtB, _alphaB, _fastB) = (dtSeconds, alpha, fast);
        }

        _replaceA = !_replaceA;
        return (alpha, fast);
    }
}
