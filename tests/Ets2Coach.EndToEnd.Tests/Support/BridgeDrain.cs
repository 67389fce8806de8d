using System.Diagnostics;
using System.Globalization;
using Ets2Coach.Telemetry;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>Reading loops of the end-to-end tests: pump until a condition holds, never a fixed sleep.</summary>
internal static class BridgeDrain
{
    /// <summary>Generous for a loaded 2-core machine; a healthy run needs a few seconds at most.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Pumps <paramref name="source"/> into <paramref name="consumer"/> until <paramref name="until"/>
    /// holds, waiting with the source's own wait strategy whenever nothing is ready.
    /// <paramref name="afterPump"/> runs after every pump (to watch the source's state).
    /// </summary>
    /// <exception cref="TimeoutException">The condition did not hold in time (the message carries the source's status).</exception>
    public static async Task UntilAsync(ITelemetrySource source, TelemetryPump pump, ITelemetryConsumer consumer, Func<bool> until, string what, Action? afterPump = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var stopwatch = Stopwatch.StartNew();
        using var cancellation = new CancellationTokenSource(limit);
        while (!until())
        {
            if (stopwatch.Elapsed >= limit)
            {
                throw new TimeoutException($"waiting for {what}: not within {limit.TotalSeconds:0} s; {Describe(source.Status)}");
            }

            var frames = pump.Pump(source, consumer);
            afterPump?.Invoke();
            if (frames == 0 && !until())
            {
                try
                {
                    await source.WaitAsync(cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                    // The time limit: the check above reports it.
                }
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> (a cheap read) until it holds, yielding the core between checks.</summary>
    /// <exception cref="TimeoutException">It did not hold in time.</exception>
    public static void Poll(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        if (!SpinWait.SpinUntil(condition, limit))
        {
            throw new TimeoutException($"waiting for {what}: not within {limit.TotalSeconds:0} s");
        }
    }

    /// <summary>The status in one line, for failure messages.</summary>
    public static string Describe(TelemetrySourceStatus status) => string.Create(CultureInfo.InvariantCulture,
        $"state {status.State}, generation {status.WriterGeneration}, restarts {status.WriterRestarts}, frames read {status.FramesRead} lost {status.FramesLost} torn {status.FramesTorn}, events read {status.EventsRead} lost {status.EventsLost} torn {status.EventsTorn}, error: {status.Error ?? "none"}");
}
