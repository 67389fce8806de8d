namespace Ets2Coach.Benchmarks.Latency;

/// <summary>One measured run.</summary>
/// <param name="RateHz">The game's frame rate.</param>
/// <param name="Frames">Frames measured (after the warm-up).</param>
/// <param name="P50Us">Median publish-to-read latency, µs.</param>
/// <param name="P90Us">90th percentile, µs.</param>
/// <param name="P99Us">99th percentile, µs.</param>
/// <param name="MaxUs">Largest, µs.</param>
/// <param name="ProcessCpuPercent">The reader process's CPU time over wall time, % of one core (every thread: the reading loop, GC, JIT, timers).</param>
/// <param name="ThreadCpuPercent">The reading thread's CPU time over wall time, % of one core.</param>
/// <param name="Lost">Frames lost (whole run).</param>
/// <param name="Torn">Frames torn (whole run).</param>
/// <param name="LoadAverage">The machine's 1-minute load average when the run started.</param>
internal sealed record LatencyResult(
    double RateHz,
    int Frames,
    long P50Us,
    long P90Us,
    long P99Us,
    long MaxUs,
    double ProcessCpuPercent,
    double ThreadCpuPercent,
    long Lost,
    long Torn,
    string LoadAverage);
