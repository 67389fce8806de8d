using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ets2Coach.Simulator;

namespace Ets2Coach.Coaching;

/// <summary>
/// How a drive file says it holds a simulated drive: its header's source is
/// <c>simulator:profile=average;seed=1;minutes=15;rate=60;noise=low;game=eut2</c>. The simulator's
/// plan and ground truth follow from those options alone, so a replay can compare its findings
/// with what the simulator planted, as the live demo did.
/// </summary>
internal static class SimulatedDrive
{
    private const string Prefix = "simulator:";
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>The source string for a drive simulated with <paramref name="options"/>.</summary>
    public static string Describe(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(s_invariant,
            $"{Prefix}profile={options.Profile.Name};seed={options.Seed};minutes={options.DurationMinutes:R};rate={options.RateHz:R};noise={options.Noise.ToString().ToLowerInvariant()};game={options.GameId}");
    }

    /// <summary>Reads back a <see cref="Describe"/> string; false for any other source (live, csv:…).</summary>
    public static bool TryParse(string? source, [NotNullWhen(true)] out SimulationOptions? options)
    {
        options = null;
        if (source is null || !source.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var result = new SimulationOptions();
        foreach (var part in source[Prefix.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var value = part[(equals + 1)..];
            switch (part[..equals])
            {
                case "profile" when DriverProfile.TryFromName(value, out var profile):
                    result = result with { Profile = profile };
                    break;
                case "seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, s_invariant, out var seed):
                    result = result with { Seed = seed };
                    break;
                case "minutes" when double.TryParse(value, NumberStyles.Float, s_invariant, out var minutes):
                    result = result with { DurationMinutes = minutes };
                    break;
                case "rate" when double.TryParse(value, NumberStyles.Float, s_invariant, out var rate):
                    result = result with { RateHz = rate };
                    break;
                case "noise" when Enum.TryParse<NoiseLevel>(value, ignoreCase: true, out var noise) && Enum.IsDefined(noise):
                    result = result with { Noise = noise };
                    break;
                case "game":
                    result = result with { GameId = value };
                    break;
                default:
                    return false;
            }
        }

        if (result.Validate().Count > 0)
        {
            return false;
        }

        options = result;
        return true;
    }
}
