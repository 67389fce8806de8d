using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>Sine for the small angles between the truck and the road (a lane change is 3–10°), without a libm call per frame.</summary>
internal static class SmallAngle
{
    /// <summary>sin(x): a 7th-order Taylor polynomial below 0.5 rad (relative error under 2e-7), else <see cref="Math.Sin"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sin(double x)
    {
        if (x is > 0.5 or < -0.5)
        {
            return Math.Sin(x);
        }

        var x2 = x * x;
        return x * (1 - (x2 / 6 * (1 - (x2 / 20 * (1 - (x2 / 42))))));
    }
}
