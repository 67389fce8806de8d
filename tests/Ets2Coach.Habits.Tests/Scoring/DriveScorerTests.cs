namespace Ets2Coach.Habits.Tests.Scoring;

public sealed class DriveScorerTests
{
    private static HabitEvent F(HabitKind kind, Severity severity) =>
        new() { Kind = kind, Severity = severity, StartSeconds = 0, EndSeconds = 0 };

    private static readonly ScoringOptions s_options = new();

    [Fact]
    public void Score_NoFindings_IsAHundredLowRisk()
    {
        var score = DriveScorer.Score([], 120, 5400, s_options);

        Assert.Equal(100, score.Overall);
        Assert.Equal(RiskBand.LowRisk, score.Band);
        Assert.Empty(score.FixFirst);
        Assert.All(score.Habits, h => Assert.Equal(100, h.Score));
    }

    [Fact]
    public void Score_FourMinorsIn100Km_CostTwentyPointsInThatHabit()
    {
        var findings = Enumerable.Repeat(F(HabitKind.IndicatorMissing, Severity.Minor), 4).ToArray();

        var score = DriveScorer.Score(findings, 100, 4000, s_options);

        var indicators = score.Habits[(int)HabitCategory.Indicators];
        Assert.Equal(4, indicators.Points);
        Assert.Equal(80, indicators.Score, 9);
        Assert.Equal(100 - (0.15 * 20), score.Overall, 9);
    }

    [Fact]
    public void Score_ShortDrive_IsNormalisedByFiftyKm()
    {
        // One serious fault in 10 km: 5 points per 50 km = 10 per 100 km → 100 − 5·10 = 50.
        var score = DriveScorer.Score([F(HabitKind.LaneChangeSevere, Severity.Serious)], 10, 600, s_options);

        Assert.Equal(50, score.NormalisationKm);
        Assert.True(score.IsProvisional);
        Assert.Equal(50, score.Habits[(int)HabitCategory.LaneDiscipline].Score, 9);
        Assert.Equal(100 - (0.20 * 50), score.Overall, 9);
    }

    [Fact]
    public void Score_ManyFaults_FloorsAtZero()
    {
        var findings = Enumerable.Repeat(F(HabitKind.Collision, Severity.Dangerous), 10).ToArray();

        var score = DriveScorer.Score(findings, 50, 3000, s_options);

        Assert.Equal(0, score.Habits[(int)HabitCategory.FinesAndCollisions].Score);
        Assert.Equal(95, score.Overall, 9);
    }

    [Fact]
    public void Score_InfoFindings_CostNothingButAreCounted()
    {
        var score = DriveScorer.Score([F(HabitKind.LaneChangeBrisk, Severity.Info), F(HabitKind.LightsOffAtDusk, Severity.Info)], 60, 3000, s_options);

        Assert.Equal(100, score.Overall);
        Assert.Equal(2, score.CountsBySeverity[Severity.Info]);
        Assert.Equal(0, score.CountsBySeverity[Severity.Dangerous]);
        Assert.Equal(1, score.CountsByKind[HabitKind.LaneChangeBrisk]);
        Assert.Empty(score.FixFirst);
    }

    [Theory]
    [InlineData(95, RiskBand.LowRisk)]
    [InlineData(90, RiskBand.LowRisk)]
    [InlineData(89.9, RiskBand.Mild)]
    [InlineData(75, RiskBand.Mild)]
    [InlineData(60, RiskBand.Medium)]
    [InlineData(59.9, RiskBand.HighRisk)]
    public void BandOf_Cutoffs_AreGeotabs(double score, RiskBand expected)
    {
        Assert.Equal(expected, DriveScorer.BandOf(score, s_options));
    }

    [Fact]
    public void FixFirst_MostPointsFirst_TiesByWeightedLoss_AtMostThree()
    {
        var findings = new[]
        {
            F(HabitKind.HardBraking, Severity.Minor), // braking 1 point, weight 25
            F(HabitKind.LightsOffAtNight, Severity.Minor), // lights 1 point, weight 10
            F(HabitKind.StoppedInLane, Severity.Serious), // blocking 5
            F(HabitKind.IndicatorMissing, Severity.Minor),
            F(HabitKind.IndicatorMissing, Severity.Minor), // indicators 2
            F(HabitKind.GameFine, Severity.Minor), // fines 1 point, weight 5
        };

        var score = DriveScorer.Score(findings, 100, 4000, s_options);

        Assert.Equal([HabitCategory.Blocking, HabitCategory.Indicators, HabitCategory.Braking], score.FixFirst);
    }

    [Fact]
    public void Score_CustomWeightsAndPenalty_AreUsed()
    {
        var options = new ScoringOptions { PenaltyPerPointPer100Km = 10, WeightsPercent = [100, 0, 0, 0, 0, 0, 0] };

        var score = DriveScorer.Score([F(HabitKind.HardBraking, Severity.Serious)], 100, 4000, options);

        Assert.Equal(50, score.Overall, 9);
        Assert.Equal(RiskBand.HighRisk, score.Band);
    }

    [Fact]
    public void Score_NegativeDistance_IsRejectedWithAClearMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => DriveScorer.Score([], -1, 0, s_options));

        Assert.Contains("Distance must be", ex.Message, StringComparison.Ordinal);
    }
}
