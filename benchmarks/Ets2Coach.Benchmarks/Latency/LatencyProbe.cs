using System.Globalization;

namespace Ets2Coach.Benchmarks.Latency;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Ets2Coach.Benchmarks -- latency [--rate HZ]...
/// [--seconds S] [--runs N]</c>: publish-to-read latency and the reader's CPU use, with the real
/// plugin in a stand-in game process and the reader in this one. Not a BenchmarkDotNet benchmark:
/// it measures two processes over wall time. Goals (docs/performance.md): p99 ≤ 2 ms and ≤ 2 % of
/// one core at 60 Hz and 1 kHz with the default wait strategy.
/// </summary>
internal static class LatencyProbe
{
    public static int Run(ReadOnlySpan<string> args)
    {
        if (!LatencyProbeOptions.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Reader wait strategy: {(options.Spin ? "Spin" : "Default")}; {options.Seconds:0.#} s measured after {options.WarmupSeconds:0.#} s warm-up; {Environment.ProcessorCount} cores; {CpuModel()}"));
        Console.WriteLine("| rate | run | frames | p50 µs | p90 µs | p99 µs | max µs | reader process CPU % | reading thread CPU % | lost | torn | load avg |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var rate in options.RatesHz)
        {
            for (var run = 1; run <= options.Runs; run++)
            {
                var r = LatencyRun.Measure(rate, options);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.RateHz:0.#} Hz | {run} | {r.Frames} | {r.P50Us} | {r.P90Us} | {r.P99Us} | {r.MaxUs} | {r.ProcessCpuPercent:0.00} | {r.ThreadCpuPercent:0.00} | {r.Lost} | {r.Torn} | {r.LoadAverage} |"));
            }
        }

        return 0;
    }

    private static string CpuModel()
    {
        const string key = "model name";
        if (!File.Exists("/proc/cpuinfo"))
        {
            return "cpu unknown";
        }

        foreach (var line in File.ReadLines("/proc/cpuinfo"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        return "cpu unknown";
    }
}
