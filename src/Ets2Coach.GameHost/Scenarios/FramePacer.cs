using System.Diagnostics;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>
/// Paces frames at a fixed rate against <see cref="Stopwatch"/> deadlines (frame n is due at
/// start + n/rate, so waits never accumulate drift): it sleeps while more than ~2 ms remain and
/// spins for the rest, because <see cref="Thread.Sleep(int)"/> alone overshoots by a millisecond or more.
/// A rate of 0 never waits.
/// </summary>
internal sealed class FramePacer
{
    private static readonly long s_sleepMarginTicks = Stopwatch.Frequency / 500; // 2 ms

    private readonly double _ticksPerFrame;
    private readonly long _start;

    public FramePacer(double rateHz)
    {
        _ticksPerFrame = rateHz > 0 ? Stopwatch.Frequency / rateHz : 0;
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Waits until frame <paramref name="frame"/> (counted from 0) is due.</summary>
    public void WaitFor(long frame, CancellationToken cancellationToken)
    {
        if (_ticksPerFrame == 0)
        {
            return;
        }

        var due = _start + (long)(frame * _ticksPerFrame);
        while (!cancellationToken.IsCancellationRequested)
        {
            var remaining = due - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > s_sleepMarginTicks)
            {
                Thread.Sleep(TimeSpan.FromSeconds((double)(remaining - s_sleepMarginTicks) / Stopwatch.Frequency));
            }
            else
            {
                Thread.SpinWait(64);
            }
        }
    }
}
