using Ets2Coach.Habits.Tests.Support;

namespace Ets2Coach.Habits.Tests.Detectors;

public sealed class LaneTests
{
    private static HabitEvent[] Of(HabitEngine engine, HabitKind kind) => [.. engine.Findings.Where(f => f.Kind == kind)];

    [Theory]
    [InlineData(6.0, null)]
    [InlineData(4.5, null)]
    [InlineData(3.7, HabitKind.LaneChangeBrisk)]
    [InlineData(3.0, HabitKind.LaneChangeAbrupt)]
    [InlineData(2.4, HabitKind.LaneChangeSevere)]
    [InlineData(1.7, HabitKind.LaneChangeSevere)]
    public void LaneChange_SignalledAtDuration_ReportsTheTableRow(double seconds, HabitKind? expected)
    {
        var drive = new DriveBuilder(60, 85).Cargo(20_000).Cruise(20).Blinker(1).Cruise(4).LaneChange(1, seconds).Blinker(0).Cruise(20).Build();

        var engine = drive.Run();

        if (expected is null)
        {
            Assert.Empty(engine.Findings);
        }
        else
        {
            var change = Assert.Single(engine.Findings);
            Assert.Equal(expected, change.Kind);
            Assert.InRange(change.StartSeconds, 24, 25.5);
        }
    }

    [Theory]
    [InlineData(3.0, HabitKind.LaneChangeAbrupt)]
    [InlineData(6.0, null)]
    public void LaneChange_InsideASteadyCurve_IsMeasuredLikeOnAStraight(double seconds, HabitKind? expected)
    {
        var drive = new DriveBuilder(60, 80).Cruise(10).RoadRadius(-700).Cruise(15).Blinker(-1).Cruise(4).LaneChange(-1, seconds).Blinker(0).Cruise(10).RoadRadius(0).Cruise(15).Build();

        var engine = drive.Run();

        Assert.Equal(expected, engine.Findings.SingleOrDefault()?.Kind);
    }

    [Fact]
    public void Curves_OfManyShapes_AreNotLaneChanges()
    {
        var drive = new DriveBuilder(60, 85).Cruise(20).Curve(12, 800, 2).Cruise(10).Curve(-40, 300, 3).Cruise(10).Curve(90, 500, 4).Cruise(20).Build();

        Assert.Empty(drive.Run().Findings);
    }

    [Fact]
    public void Weaving_OppositeLaneChangesWithinFifteenSeconds_IsSerious()
    {
        var drive = new DriveBuilder(60, 85).Cruise(20).Blinker(1).Cruise(4).LaneChange(1, 5).Blinker(-1).Cruise(4).LaneChange(-1, 5).Blinker(0).Cruise(20).Build();

        var engine = drive.Run();

        var weave = Assert.Single(Of(engine, HabitKind.Weaving));
        Assert.Equal(Severity.Serious, weave.Severity);
        Assert.DoesNotContain(engine.Findings, f => f.Kind != HabitKind.Weaving);
    }

    [Fact]
    public void Overtake_WithAPassLongerThanFifteenSeconds_IsNotWeaving()
    {
        var drive = new DriveBuilder(60, 85).Cruise(20).Blinker(1).Cruise(4).LaneChange(1, 5).Blinker(0).Cruise(20).Blinker(-1).Cruise(4).LaneChange(-1, 5).Blinker(0).Cruise(20).Build();

        Assert.Empty(drive.Run().Findings);
    }

    [Theory]
    [InlineData(1.2, null)]
    [InlineData(1.8, Severity.Info)]
    [InlineData(2.3, Severity.Minor)]
    [InlineData(2.8, Severity.Serious)]
    public void HarshCornering_LoadedRigInABend_ReportsByLevel(double lateralMps2, Severity? expected)
    {
        var v = 60 / 3.6;
        var drive = new DriveBuilder(60, 60).Cargo(25_000).Cruise(10).Curve(90, v * v / lateralMps2, 1.5).Cruise(10).Build();

        var found = Of(drive.Run(), HabitKind.HarshCornering);

        Assert.Equal(expected, found.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void HarshCornering_EmptyTruckAtLoadedHarshLevel_IsNothing()
    {
        var v = 60 / 3.6;
        var drive = new DriveBuilder(60, 60).Cruise(10).Curve(90, v * v / 2.2, 1.5).Cruise(10).Build();

        Assert.Empty(Of(drive.Run(), HabitKind.HarshCornering));
    }

    [Fact]
    public void HarshCornering_AbruptLaneChange_IsNotCornering()
    {
        var drive = new DriveBuilder(60, 85).Cargo(25_000).Cruise(20).Blinker(1).Cruise(4).LaneChange(1, 2.6).Blinker(0).Cruise(20).Build();

        Assert.Empty(Of(drive.Run(), HabitKind.HarshCornering));
    }
}
