using BenchmarkDotNet.Running;
using Ets2Coach.Benchmarks.Latency;

namespace Ets2Coach.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see docs/performance.md).</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Two processes over wall time, not a micro-benchmark: its own measurement program.
        if (args.Length > 0 && args[0] == "latency")
        {
            return LatencyProbe.Run(args.AsSpan(1));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
