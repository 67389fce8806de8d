using System.Diagnostics;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>
/// Paces the drive scenario's frames without spinning: frame n is due at start + n / rate (so waits
/// never accumulate drift), and the pacer sleeps only while a whole millisecond or more remains. A
/// frame may so leave up to a millisecond early (or a timer tick late), which the drive cannot notice:
/// every frame carries its own simulation time. <see cref="FramePacer"/> spins for exact deadlines
/// instead, which at the demo's 900 frames a second would keep a core busy.
/// </summary>
internal sealed class DrivePacer
{
    private static readonly long s_millisecondTicks = Stopwatch.Frequency / 1000;

    private readonly double _ticksPerFrame;
    private readonly long _start;

    /// <summary>Paces <paramref name="framesPerSecond"/> frames a second; 0 never waits.</summary>
    public DrivePacer(double framesPerSecond)
    {
        _ticksPerFrame = framesPerSecond > 0 ? Stopwatch.Frequency / framesPerSecond : 0;
        _start = Stopwatch.GetTimestamp();
    }

    /// <summary>Sleeps until frame <paramref name="frame"/> (counted from 0) is due, or cancellation.</summary>
    public void WaitFor(long frame, CancellationToken cancellationToken)
    {
        if (_ticksPerFrame == 0)
        {
            return;
        }

        var remaining = _start + (long)(frame * _ticksPerFrame) - Stopwatch.GetTimestamp();
        if (remaining >= s_millisecondTicks)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds((double)remaining / s_millisecondTicks));
        }
    }
}
