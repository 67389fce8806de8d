using System.Diagnostics;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>
/// The clock of the latency scenario: <see cref="Stopwatch"/> time in microseconds. On Linux the
/// stopwatch is <c>CLOCK_MONOTONIC</c>, one clock for every process on the machine, so a time
/// stamped by the game and one read by a reader in another process can be subtracted.
/// </summary>
public static class PublishClock
{
    /// <summary>Now, in microseconds of the stopwatch clock.</summary>
    public static ulong NowMicroseconds() => ToMicroseconds(Stopwatch.GetTimestamp());

    /// <summary>Converts a <see cref="Stopwatch.GetTimestamp"/> value to microseconds, without overflow for any uptime.</summary>
    public static ulong ToMicroseconds(long timestamp)
    {
        var frequency = (ulong)Stopwatch.Frequency;
        var ticks = (ulong)timestamp;
        return (ticks / frequency * 1_000_000UL) + (ticks % frequency * 1_000_000UL / frequency);
    }
}
