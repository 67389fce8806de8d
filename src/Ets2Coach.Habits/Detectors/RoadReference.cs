namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// The road heading estimated from the truck's heading: a critically damped, ramp-tracking
/// (type-2) second-order filter with natural frequency 1/τ. A ramp in heading (a steady curve) is
/// followed with no lag, so a steady curve shows no lateral motion; slower features than τ pass.
/// </summary>
internal struct RoadReference
{
    public double HeadingRad;
    public double RateRadPerS;
    public bool IsSet;

    public void Reset(double headingRad, double rateRadPerS)
    {
        HeadingRad = headingRad;
        RateRadPerS = rateRadPerS;
        IsSet = true;
    }

    /// <summary>Advances by <paramref name="dtSeconds"/> towards <paramref name="headingRad"/>.</summary>
    public void Track(double headingRad, double dtSeconds, double omega)
    {
        // Predict along the ramp, then correct: x' = r + 2ω·e, r' = ω²·e (ζ = 1).
        HeadingRad += RateRadPerS * dtSeconds;
        var e = headingRad - HeadingRad;
        HeadingRad += 2 * omega * e * dtSeconds;
        RateRadPerS += omega * omega * e * dtSeconds;
    }
}
