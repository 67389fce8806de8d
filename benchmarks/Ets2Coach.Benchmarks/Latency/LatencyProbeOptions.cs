using System.Globalization;

namespace Ets2Coach.Benchmarks.Latency;

/// <summary>
/// Options of <c>latency</c>: <c>[--rate HZ]... [--seconds S] [--warmup-seconds S] [--runs N] [--wait default|spin]</c>.
/// </summary>
internal sealed record LatencyProbeOptions
{
    /// <summary>Frame rates to measure, one after the other (default 60 Hz, then 1 kHz).</summary>
    public IReadOnlyList<double> RatesHz { get; init; } = [60, 1_000];

    /// <summary>Measured seconds per run.</summary>
    public double Seconds { get; init; } = 30;

    /// <summary>Seconds played and read before measuring (JIT tiering, first page faults, attach).</summary>
    public double WarmupSeconds { get; init; } = 2;

    /// <summary>Runs per rate.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>True to read with <c>WaitStrategy.Spin</c> instead of the default (for comparison only).</summary>
    public bool Spin { get; init; }

    public static bool TryParse(ReadOnlySpan<string> args, out LatencyProbeOptions options, out string? error)
    {
        options = new LatencyProbeOptions();
        var rates = new List<double>();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{option} needs a value";
                return false;
            }

            var value = args[++i];
            switch (option)
            {
                case "--rate" when TryNumber(value, 1, 100_000, out var rate):
                    rates.Add(rate);
                    break;
                case "--seconds" when TryNumber(value, 1, 3_600, out var seconds):
                    options = options with { Seconds = seconds };
                    break;
                case "--warmup-seconds" when TryNumber(value, 0, 600, out var warmup):
                    options = options with { WarmupSeconds = warmup };
                    break;
                case "--runs" when TryNumber(value, 1, 100, out var runs) && runs == Math.Floor(runs):
                    options = options with { Runs = (int)runs };
                    break;
                case "--wait" when value is "default" or "spin":
                    options = options with { Spin = value == "spin" };
                    break;
                default:
                    error = $"bad option or value: {option} {value} (latency [--rate HZ]... [--seconds S] [--warmup-seconds S] [--runs N] [--wait default|spin])";
                    return false;
            }
        }

        if (rates.Count > 0)
        {
            options = options with { RatesHz = rates };
        }

        return true;
    }

    private static bool TryNumber(string text, double min, double max, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
