using System.Globalization;
using System.Text;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;
using Xunit.Abstractions;

namespace Ets2Coach.Habits.Tests.Suite;

/// <summary>
/// The labelled suite (docs/habits.md, "Measured precision and recall"): simulated drives of every
/// profile, several seeds and every noise level run in-process through <c>TelemetryPump</c> into the
/// engine; findings are matched one-to-one with the ground truth and precision and recall are computed
/// per detector. Each must be at least 0.95.
/// </summary>
public sealed class LabelledSuiteTests(ITestOutputHelper output)
{
    private const double Bar = 0.95;

    /// <summary>Channels a game may not offer; each gets one reckless drive with the channel absent throughout.</summary>
    public static IReadOnlyList<TelemetryChannels> AbsentChannelSets { get; } =
    [
        TelemetryChannels.WorldPlacement, TelemetryChannels.LocalAcceleration, TelemetryChannels.NavigationSpeedLimit,
        TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker, TelemetryChannels.HighBeam, TelemetryChannels.GameTime,
        TelemetryChannels.WearEngine, TelemetryChannels.LocalAngularVelocity,
    ];

    /// <summary>
    /// Profiles × noise levels × five seeds each, 15-minute drives at 60 Hz. The noise level does not change
    /// the plan, so each noise level gets its own seeds (1–5, 101–105, 201–205): 45 different drives. Then one
    /// reckless drive per absent-channel set (seeds 301–308, noise levels in turn).
    /// </summary>
    public static IReadOnlyList<SimulationOptions> Composition { get; } =
    [
        .. from profile in DriverProfile.Presets
           from noise in Enum.GetValues<NoiseLevel>()
           from seed in Enumerable.Range(1 + (100 * (int)noise), 5)
           select new SimulationOptions { Profile = profile, Seed = seed, Noise = noise, DurationMinutes = 15, RateHz = 60 },
        .. AbsentChannelSets.Select((absent, i) => new SimulationOptions
        {
            Profile = DriverProfile.Reckless, Seed = 301 + i, Noise = (NoiseLevel)(i % 3), DurationMinutes = 15, RateHz = 60, AbsentChannels = absent,
        }),
    ];

    [Fact]
    public void LabelledSuite_EveryDetector_PrecisionAndRecallAtLeast95Percent()
    {
        var results = Composition.Select(o => SuiteRunner.Run(o)).ToArray();
        var rows = Tabulate(results);

        output.WriteLine(Describe(results));
        output.WriteLine(Table(rows));
        var failing = rows.Where(r => r.Precision < Bar || r.Recall < Bar).ToArray();
        foreach (var row in rows.Where(r => r.FalsePositives + r.Misses > 0))
        {
            output.WriteLine(Examples(results, row.Group));
        }

        Assert.True(results.Sum(r => r.Truth.Manoeuvres.Count) >= 500, "the suite must hold at least 500 manoeuvres");
        Assert.True(failing.Length == 0, "below " + Bar.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(", ", failing.Select(r => r.Group.Detector)));
    }

    public sealed record Row(DetectorGroups.Group Group, int Manoeuvres, int TruePositives, int FalsePositives, int Misses)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + Misses == 0 ? 1 : (double)TruePositives / (TruePositives + Misses);
    }

    public static Row[] Tabulate(IReadOnlyList<SuiteRunner.Result> results) =>
    [
        .. DetectorGroups.All.Select(g =>
        {
            var kinds = g.Kinds.ToHashSet();
            return new Row(
                g,
                results.Sum(r => r.Truth.Manoeuvres.Count(m => g.Judges.Contains(m.Kind))),
                results.Sum(r => r.Match.Matched.Count(p => kinds.Contains(p.Expected.Kind))),
                results.Sum(r => r.Match.FalsePositives.Count(f => kinds.Contains(f.Kind))),
                results.Sum(r => r.Match.Missed.Count(e => kinds.Contains(e.Kind))));
        }),
    ];

    public static string Describe(IReadOnlyList<SuiteRunner.Result> results)
    {
        var profiles = string.Join(", ", results.Select(r => r.Options.Profile.Name).Distinct());
        var seeds = string.Join(", ", results.Select(r => r.Options.Seed).Distinct());
        var noise = string.Join(", ", results.Select(r => r.Options.Noise).Distinct());
        var absent = string.Join("; ", results.Where(r => r.Options.AbsentChannels != TelemetryChannels.None).Select(r => r.Options.AbsentChannels));
        return $"{results.Count} drives ({profiles}; seeds {seeds}; noise {noise}; {results[0].Options.DurationMinutes} min at {results[0].Options.RateHz} Hz; " +
               $"one drive each without: {absent}): " +
               $"{results.Sum(r => r.Truth.Manoeuvres.Count)} manoeuvres, {results.Sum(r => r.Truth.ExpectedFindings.Count)} expected findings, " +
               $"{results.Sum(r => r.Truth.DistanceKm):0} km";
    }

    public static string Table(IReadOnlyList<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| detector | kinds | manoeuvres | TP | FP | FN | precision | recall |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Group.Detector} | {string.Join(", ", r.Group.Kinds)} | {r.Manoeuvres} | {r.TruePositives} | {r.FalsePositives} | {r.Misses} | {r.Precision:0.000} | {r.Recall:0.000} |");
        }

        var tp = rows.Sum(r => r.TruePositives);
        var fp = rows.Sum(r => r.FalsePositives);
        var fn = rows.Sum(r => r.Misses);
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| **all** | | {rows.Sum(r => r.Manoeuvres)} | {tp} | {fp} | {fn} | {(double)tp / Math.Max(1, tp + fp):0.000} | {(double)tp / Math.Max(1, tp + fn):0.000} |");
        return sb.ToString();
    }

    /// <summary>The first few false positives and misses of a detector, with the manoeuvres around them.</summary>
    public static string Examples(IReadOnlyList<SuiteRunner.Result> results, DetectorGroups.Group group, int max = 6)
    {
        var kinds = group.Kinds.ToHashSet();
        var sb = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{group.Detector}:");
        var shown = 0;
        foreach (var r in results)
        {
            var drive = $"{r.Options.Profile.Name} seed {r.Options.Seed} noise {r.Options.Noise}";
            foreach (var fp in r.Match.FalsePositives.Where(f => kinds.Contains(f.Kind)))
            {
                if (shown++ >= max)
                {
                    return sb.ToString();
                }

                var around = r.Truth.Manoeuvres.Where(m => m.StartSeconds - 2 <= fp.EndSeconds && m.EndSeconds + 2 >= fp.StartSeconds).Select(m => $"#{m.Id} {m.Kind}: {m.Description}");
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"  false positive {fp.Kind} {fp.Severity} {fp.StartSeconds:0.00}–{fp.EndSeconds:0.00} s ({fp.MeasuredValue:0.00} {fp.Unit}; {fp.Detail}) in {drive} | {string.Join(" / ", around)}");
            }

            foreach (var miss in r.Match.Missed.Where(e => kinds.Contains(e.Kind)))
            {
                if (shown++ >= max)
                {
                    return sb.ToString();
                }

                var m = r.Truth.Manoeuvres.FirstOrDefault(x => x.Id == miss.ManoeuvreId);
                var near = r.Engine.Findings.Where(f => kinds.Contains(f.Kind) && f.StartSeconds - 5 <= miss.EndSeconds && f.EndSeconds + 5 >= miss.StartSeconds)
                    .Select(f => $"{f.Kind} {f.Severity} {f.StartSeconds:0.00}–{f.EndSeconds:0.00}");
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"  missed {miss.Kind} {miss.Severity} {miss.StartSeconds:0.00}–{miss.EndSeconds:0.00} s in {drive} | #{m?.Id} {m?.Kind}: {m?.Description} | detected nearby: {string.Join(", ", near)}");
            }
        }

        return sb.ToString();
    }
}
