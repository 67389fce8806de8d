using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>
/// The frame's smoothing factors for the two time constants, cached per exact frame period in a small
/// direct-mapped table. Δt is a difference of two clock readings, so a 60 Hz stream of 16 666/16 667 µs
/// periods yields a few dozen distinct doubles (rounding differs with the clock's magnitude); a
/// two-entry cache missed on 57 % of frames and paid two <see cref="Math.Exp"/> calls each time.
/// </summary>
internal sealed class SmoothingFactors(double inverseTau, double inverseTauFast)
{
    private const int SlotBits = 7;

    private readonly Entry[] _entries = NewTable();

    /// <summary>Returns α for the main and the fast time constant at <paramref name="dtSeconds"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (double Alpha, double Fast) For(double dtSeconds)
    {
        // Fibonacci hash of the bits: the distinct periods differ only in their low mantissa bits.
        var slot = (int)(((ulong)BitConverter.DoubleToInt64Bits(dtSeconds) * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        ref var entry = ref _entries[slot];
        return entry.Dt == dtSeconds ? (entry.Alpha, entry.Fast) : Compute(ref entry, dtSeconds);
    }

    private (double Alpha, double Fast) Compute(ref Entry entry, double dtSeconds)
    {
        var alpha = Ema.AlphaFor(dtSeconds, inverseTau);
        var fast = Ema.AlphaFor(dtSeconds, inverseTauFast);
        entry = new Entry { Dt = dtSeconds, Alpha = alpha, Fast = fast };
        return (alpha, fast);
    }

    private static Entry[] NewTable()
    {
        var table = new Entry[1 << SlotBits];
        Array.Fill(table, new Entry { Dt = double.NaN }); // NaN equals no period
        return table;
    }

    private struct Entry
    {
        public double Dt;
        public double Alpha;
        public double Fast;
    }
}
