using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>Linear interpolation of threshold crossings between two frames (rate independence).</summary>
internal static class Crossing
{
    /// <summary>
    /// The time between <paramref name="t0"/> and <paramref name="t1"/> at which a signal going from
    /// <paramref name="v0"/> to <paramref name="v1"/> crosses <paramref name="threshold"/>; clamped to the interval.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Time(double t0, double v0, double t1, double v1, double threshold)
    {
        var dv = v1 - v0;
        if (dv == 0 || !(t1 > t0))
        {
            return t1;
        }

        var f = (threshold - v0) / dv;
        return f <= 0 ? t0 : f >= 1 ? t1 : t0 + (f * (t1 - t0));
    }

    /// <summary>Linear interpolation of a value at <paramref name="t"/> between two samples.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ValueAt(double t0, double v0, double t1, double v1, double t)
    {
        if (!(t1 > t0))
        {
            return v1;
        }

        var f = (t - t0) / (t1 - t0);
        return v0 + (Math.Clamp(f, 0, 1) * (v1 - v0));
    }
}
