using Ets2Coach.Simulator;
using Xunit.Abstractions;

namespace Ets2Coach.Habits.Tests.Suite;

/// <summary>
/// The scorecard tells the profiles apart: every careful drive scores at least 90, every reckless one
/// below 60, and the average profile in between — each average drive between its careful and reckless
/// counterparts, and its mean in the 60–90 bands (single short drives of an average driver can dip
/// below 60: a serious fault costs 50 points of its habit on a drive normalised to 50 km).
/// </summary>
public sealed class ProfileScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Score_CarefulAverageReckless_AreBandedAndOrdered()
    {
        var averages = new List<double>();
        foreach (var seed in Enumerable.Range(31, 6))
        {
            var noise = (NoiseLevel)(seed % 3);
            double ScoreOf(DriverProfile profile)
            {
                var r = SuiteRunner.Run(new SimulationOptions { Profile = profile, Seed = seed, Noise = noise, DurationMinutes = 20 });
                var score = r.Engine.Score();
                output.WriteLine($"seed {seed} {noise} {profile.Name}: {score.Overall:0.0} ({score.Band}), {score.DistanceKm:0.0} km, fix first: {string.Join(", ", score.FixFirst)}");
                return score.Overall;
            }

            var careful = ScoreOf(DriverProfile.Careful);
            var average = ScoreOf(DriverProfile.Average);
            var reckless = ScoreOf(DriverProfile.Reckless);
            Assert.True(careful >= 90, $"careful {careful:0.0}");
            Assert.True(reckless < 60, $"reckless {reckless:0.0}");
            Assert.True(average > reckless && average < careful, $"average {average:0.0} outside ({reckless:0.0}, {careful:0.0})");
            averages.Add(average);
        }

        Assert.InRange(averages.Average(), 60, 90);
    }
}
