namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// How <see cref="SharedMemoryTelemetrySource.WaitAsync"/> waits between checks of the rings.
/// A check is a few volatile loads (nanoseconds); the strategy decides what to do between them.
/// </summary>
/// <remarks>
/// Linux <c>Thread.Sleep(1)</c> takes ≈ 1.06–1.2 ms, so <see cref="Default"/> adds at most about a
/// millisecond of latency. While frames arrive at a steady rate a sleeping strategy sleeps through
/// the quiet part of each gap in one go (<see cref="Pacer"/>), so at 60 Hz it wakes ~5 times per
/// frame instead of ~16; idle, it wakes about a thousand times a second. On Windows a 1 ms sleep
/// lasts one timer tick (up to 15.6 ms unless the system timer resolution is raised).
/// </remarks>
public sealed partial class WaitStrategy
{
    // The spin phase runs at the start of every wait, so at 1 kHz it runs a thousand times a
    // second: keep it to a few microseconds. Measured here (AMD EPYC 2.1 GHz): Thread.SpinWait(8)
    // ≈ 1 µs, SpinWait(32) ≈ 3 µs; 20 checks of SpinWait(32) cost ~6 % of a core at 1 kHz.
    private const int DefaultSpinChecks = 8;
    private const int SpinIterationsPerCheck = 4;

    private readonly WaitKind _kind;
    private readonly int _spinChecks;

    private WaitStrategy(WaitKind kind, TimeSpan interval, int spinChecks)
    {
        _kind = kind;
        Interval = interval;
        _spinChecks = spinChecks;
    }

    private enum WaitKind
    {
        Sleep,
        Delay,
        Spin,
    }

    /// <summary>Spin briefly, then <c>Thread.Sleep(1 ms)</c> between checks: precise and cheap; blocks the calling thread.</summary>
    public static WaitStrategy Default { get; } = Sleep(TimeSpan.FromMilliseconds(1));

    /// <summary>Busy-spins between checks: the lowest latency for a whole core. For benchmarks and latency tests.</summary>
    public static WaitStrategy Spin { get; } = new(WaitKind.Spin, TimeSpan.Zero, int.MaxValue);

    /// <summary>The pause between checks once the brief spin is over (zero for <see cref="Spin"/>).</summary>
    public TimeSpan Interval { get; }

    /// <summary>True when waiting releases the calling thread (<see cref="Delay"/>).</summary>
    public bool IsAsynchronous => _kind == WaitKind.Delay;

    /// <summary>
    /// Spin for a few checks, then block the calling thread for <paramref name="interval"/> between checks.
    /// Call <c>WaitAsync</c> from a dedicated reading loop with this strategy.
    /// </summary>
    public static WaitStrategy Sleep(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromMilliseconds(1));
        return new WaitStrategy(WaitKind.Sleep, interval, DefaultSpinChecks);
    }

    /// <summary>
    /// Spin for a few checks, then <c>await Task.Delay(interval)</c> between checks: frees the thread
    /// (for hosts sharing the thread pool) at the cost of timer precision and a small allocation per pause.
    /// </summary>
    public static WaitStrategy Delay(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromMilliseconds(1));
        return new WaitStrategy(WaitKind.Delay, interval, DefaultSpinChecks);
    }

    /// <summary>Pauses synchronously before check number <paramref name="check"/> (0-based).</summary>
    /// <param name="check">Checks made so far in this wait.</param>
    /// <param name="pacer">The source's arrival history: a sleeping strategy sleeps through the quiet part of a steady gap.</param>
    /// <returns>False when the pause must be awaited instead (<see cref="PauseAsync"/>).</returns>
    internal bool TryPause(int check, Pacer pacer)
    {
        // Worth it only when it saves at least two wake-ups.
        if (_kind == WaitKind.Sleep && pacer.TryGetQuietTime(2 * Interval, out var quiet))
        {
            Thread.Sleep(quiet);
            return true;
        }

        // The spin catches data about to land; when data comes at a steady rate of gaps of half an
        // interval or more, the next item is a gap away and the spin only costs (~5 µs per wait,
        // ~0.4 % of a core at 1 kHz here).
        if (check < _spinChecks && !(_kind == WaitKind.Sleep && pacer.IsSteady(Interval / 2)))
        {
            // ~0.5 µs per check (~4 µs in all): catches data about to land without giving up the core.
            Thread.SpinWait(SpinIterationsPerCheck);
            return true;
        }

        if (_kind == WaitKind.Sleep)
        {
            Thread.Sleep(Interval);
            return true;
        }

        return false;
    }

    /// <summary>The asynchronous pause of <see cref="Delay"/>.</summary>
    internal Task PauseAsync(CancellationToken cancellationToken) => Task.Delay(Interval, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => _kind switch
    {
        WaitKind.Spin => "Spin",
        _ => $"{_kind}({Interval.TotalMilliseconds:0.###} ms)",
    };
}
