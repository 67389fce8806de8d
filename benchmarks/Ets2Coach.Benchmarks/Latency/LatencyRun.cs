using System.Diagnostics;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.Benchmarks.Latency;

/// <summary>
/// One run: the game publishes at a fixed rate in its own process; this thread reads the way the
/// app does (a <see cref="TelemetryPump"/>, and the source's wait strategy whenever nothing is
/// ready) and, for every frame, subtracts the publish time the game stamped in <c>RenderTimeUs</c>
/// from the time the frame is in hand. CPU is sampled around the measured window only.
/// </summary>
internal static class LatencyRun
{
    public static LatencyResult Measure(double rateHz, LatencyProbeOptions options)
    {
        var warmupFrames = (long)Math.Ceiling(rateHz * options.WarmupSeconds);
        var measuredFrames = (int)Math.Ceiling(rateHz * options.Seconds);
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";
        var name = $"e2c-latency-{Guid.NewGuid():N}";

        using var game = new LatencyGame(name, rateHz, warmupFrames + measuredFrames);
        game.WaitFor("ready");
        var sourceOptions = new SharedMemoryTelemetrySourceOptions { Name = name, WaitStrategy = options.Spin ? WaitStrategy.Spin : WaitStrategy.Default };
        using var source = new SharedMemoryTelemetrySource(sourceOptions);
        using var process = Process.GetCurrentProcess();
        var recorder = new LatencyRecorder(warmupFrames, measuredFrames, process);
        var pump = new TelemetryPump(frameBatch: 64, eventBatch: 64);
        var deadline = Stopwatch.GetTimestamp() + (long)((options.WarmupSeconds + options.Seconds + 60) * Stopwatch.Frequency);
        while (!recorder.IsComplete)
        {
            if (pump.Pump(source, recorder) > 0)
            {
                continue;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{recorder.Measured} of {measuredFrames} frames measured; {source.Status}");
            }

            // The default strategy waits on this thread: the task is complete when it returns.
            source.WaitAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        var wall = Stopwatch.GetElapsedTime(recorder.WindowStart);
        process.Refresh();
        var processCpu = process.TotalProcessorTime - recorder.ProcessCpuAtStart;
        var threadCpu = ThreadCpuClock.Now() - recorder.ThreadCpuAtStart;
        var status = source.Status;
        game.WaitFor("done");

        var latencies = recorder.LatenciesUs;
        Array.Sort(latencies);
        return new LatencyResult(
            rateHz,
            latencies.Length,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            latencies[^1],
            100 * processCpu / wall,
            threadCpu is { } t ? 100 * t / wall : double.NaN,
            status.FramesLost,
            status.FramesTorn,
            load);
    }

    // Nearest rank: the smallest value with at least p of the values at or below it.
    private static long Percentile(long[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
