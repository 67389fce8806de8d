using System.Collections.Concurrent;
using Ets2Coach.Habits;

namespace Ets2Coach.Simulator.Tests;

/// <summary>The suite of 12 drives (3 presets × 4 seeds) the detectors' precision/recall test uses.</summary>
public class ProfileTests
{
    private static readonly ConcurrentDictionary<(string, int), Lazy<DriveSimulator>> s_plans = new();

    internal static DriveSimulator Plan(DriverProfile profile, int seed) =>
        s_plans.GetOrAdd((profile.Name, seed), _ => new Lazy<DriveSimulator>(() => new DriveSimulator(TestDrives.Options(profile, seed)))).Value;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Careful_NoFaults_ScoresAtLeast90(int seed)
    {
        var truth = Plan(DriverProfile.Careful, seed).GroundTruth;
        Assert.DoesNotContain(truth.ExpectedFindings, f => f.Severity > Severity.Info);
        Assert.True(TestDrives.Score(truth.ExpectedFindings, truth.DistanceKm) >= 90);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reckless_ManyFaults_ScoresUnder60(int seed)
    {
        var truth = Plan(DriverProfile.Reckless, seed).GroundTruth;
        var score = TestDrives.Score(truth.ExpectedFindings, truth.DistanceKm);
        Assert.True(score < 60, $"reckless seed {seed} scored {score:F1}");
        Assert.True(truth.ExpectedFindings.Count(f => f.Severity >= Severity.Minor) >= 10);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Average_BetweenCarefulAndReckless(int seed)
    {
        double Score(DriverProfile p)
        {
            var t = Plan(p, seed).GroundTruth;
            return TestDrives.Score(t.ExpectedFindings, t.DistanceKm);
        }

        var careful = Score(DriverProfile.Careful);
        var average = Score(DriverProfile.Average);
        var reckless = Score(DriverProfile.Reckless);
        Assert.True(careful >= average && average > reckless, $"careful {careful:F0}, average {average:F0}, reckless {reckless:F0}");
        Assert.True(Plan(DriverProfile.Average, seed).GroundTruth.ExpectedFindings.Count > 0);
    }

    [Fact]
    public void Suite_TwelveDrives_CoverEveryManoeuvreKindAndOver500Manoeuvres()
    {
        var all = DriverProfile.Presets.SelectMany(p => new[] { 1, 2, 3, 4 }.Select(s => Plan(p, s).GroundTruth)).ToList();
        var kinds = all.SelectMany(t => t.Manoeuvres).Select(m => m.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<ManoeuvreKind>().Order(), kinds.Order());
        Assert.True(all.Sum(t => t.Manoeuvres.Count) >= 500, $"{all.Sum(t => t.Manoeuvres.Count)} manoeuvres in 12 drives");
    }

    [Fact]
    public void Suite_EveryFindingKind_AppearsWithinSixSeeds()
    {
        var all = DriverProfile.Presets.SelectMany(p => new[] { 1, 2, 3, 4, 5, 6 }.Select(s => Plan(p, s).GroundTruth)).ToList();
        var kinds = all.SelectMany(t => t.ExpectedFindings).Select(f => f.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<HabitKind>().Order(), kinds.Order());
    }

    [Fact]
    public void GroundTruth_EveryFinding_InsideItsManoeuvreAndInTimeOrder()
    {
        foreach (var seed in new[] { 1, 2 })
        {
            var truth = Plan(DriverProfile.Reckless, seed).GroundTruth;
            Assert.Equal(truth.Manoeuvres.Select(m => m.StartSeconds).Order(), truth.Manoeuvres.Select(m => m.StartSeconds));
            Assert.Equal(truth.Manoeuvres.Count, truth.Manoeuvres.Select(m => m.Id).Distinct().Count());
            foreach (var m in truth.Manoeuvres)
            {
                Assert.False(string.IsNullOrWhiteSpace(m.Description));
                Assert.True(m.EndSeconds >= m.StartSeconds);
                Assert.All(m.ExpectedFindings, f =>
                {
                    Assert.Equal(m.Id, f.ManoeuvreId);
                    Assert.True(f.EndSeconds >= f.StartSeconds);
                    Assert.InRange(f.StartSeconds, m.StartSeconds - 30, m.EndSeconds + 30);
                });
            }
        }
    }

    [Fact]
    public void GroundTruth_ReportedCounts_ForSeedOne()
    {
        foreach (var p in DriverProfile.Presets)
        {
            var t = Plan(p, 1).GroundTruth;
            var bySeverity = string.Join(", ", Enum.GetValues<Severity>().Select(s => $"{s} {t.ExpectedFindings.Count(f => f.Severity == s)}"));
            Console.WriteLine($"{p.Name}: {t.Manoeuvres.Count} manoeuvres, {t.ExpectedFindings.Count} expected findings ({bySeverity}), {t.DistanceKm:F1} km, score {TestDrives.Score(t.ExpectedFindings, t.DistanceKm):F0}");
        }

        Assert.True(Plan(DriverProfile.Careful, 1).GroundTruth.ExpectedFindings.Count < Plan(DriverProfile.Reckless, 1).GroundTruth.ExpectedFindings.Count);
    }
}
