using Ets2Coach.Habits.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Detectors;

public sealed class IndicatorTests
{
    private static HabitEvent[] Indicators(HabitEngine engine) => [.. engine.Findings.Where(f => f.Category == HabitCategory.Indicators)];

    private static DriveBuilder Motorway(double kmh = 85) => new DriveBuilder(60, kmh).Cargo(20_000).Cruise(20);

    [Fact]
    public void LaneChange_SignalledFourSecondsAhead_IsFine()
    {
        var engine = Motorway().Blinker(1).Cruise(4).LaneChange(1, 6).Blinker(0).Cruise(20).Build().Run();

        Assert.Empty(engine.Findings);
    }

    [Fact]
    public void LaneChange_SignalledTwoSecondsAhead_IsLateInfo()
    {
        var engine = Motorway().Blinker(1).Cruise(1.5).LaneChange(1, 6).Blinker(0).Cruise(20).Build().Run();

        var late = Assert.Single(Indicators(engine));
        Assert.Equal(HabitKind.IndicatorLate, late.Kind);
        Assert.Equal(Severity.Info, late.Severity);
        Assert.InRange(late.MeasuredValue, 1.5, 3);
    }

    [Fact]
    public void LaneChange_SignalledAsTheWheelTurns_IsVeryLate()
    {
        var engine = Motorway().Blinker(1).LaneChange(1, 6).Blinker(0).Cruise(20).Build().Run();

        Assert.Equal(HabitKind.IndicatorVeryLate, Assert.Single(Indicators(engine)).Kind);
    }

    [Fact]
    public void LaneChange_SignalledOnlyHalfwayThrough_IsVeryLate()
    {
        var engine = Motorway().LaneChange(1, 6, signalAfterSeconds: 3).Blinker(0).Cruise(20).Build().Run();

        var late = Assert.Single(Indicators(engine));
        Assert.Equal(HabitKind.IndicatorVeryLate, late.Kind);
        Assert.True(late.MeasuredValue < 0);
    }

    [Theory]
    [InlineData(85, Severity.Serious)]
    [InlineData(50, Severity.Minor)]
    public void LaneChange_NotSignalled_IsMissingBySpeed(double kmh, Severity expected)
    {
        var engine = Motorway(kmh).LaneChange(-1, 6).Cruise(20).Build().Run();

        var missing = Assert.Single(Indicators(engine));
        Assert.Equal(HabitKind.IndicatorMissing, missing.Kind);
        Assert.Equal(expected, missing.Severity);
    }

    [Fact]
    public void LaneChange_OppositeIndicator_IsWrongSide()
    {
        var engine = Motorway().Blinker(1).Cruise(4).LaneChange(-1, 6).Blinker(0).Cruise(20).Build().Run();

        Assert.Equal(HabitKind.IndicatorWrongSide, Assert.Single(Indicators(engine)).Kind);
    }

    [Fact]
    public void LaneChange_IndicatorLeftOn_IsNotCancelled()
    {
        var engine = Motorway().Blinker(1).Cruise(4).LaneChange(1, 6).Cruise(20).Blinker(0).Cruise(5).Build().Run();

        var left = Assert.Single(Indicators(engine));
        Assert.Equal(HabitKind.IndicatorNotCancelled, left.Kind);
        Assert.InRange(left.EndSeconds - left.StartSeconds, 19, 21);
    }

    [Fact]
    public void LaneChange_HazardsInsteadOfIndicator_IsMissing()
    {
        var engine = Motorway().Switch(TruckSwitches.Hazard, true).Blinker(1).Cruise(4).LaneChange(1, 6).Blinker(0).Switch(TruckSwitches.Hazard, false).Cruise(20).Build().Run();

        Assert.Equal(HabitKind.IndicatorMissing, Assert.Single(Indicators(engine)).Kind);
    }

    [Fact]
    public void LaneChange_NoBlinkerChannel_StaysSilent()
    {
        var engine = Motorway().Channels(TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker, false).LaneChange(1, 6).Cruise(20).Build().Run();

        Assert.Empty(Indicators(engine));
        Assert.Contains(engine.DetectorStatuses, d => d.Name == "Indicator" && d.SignalCoverage < 1);
    }

    [Theory]
    [InlineData(6.0, null)]
    [InlineData(2.0, HabitKind.IndicatorLate)]
    [InlineData(-1.0, HabitKind.IndicatorMissing)]
    public void JunctionTurn_AtTwentyFiveKmh_JudgesTheLead(double leadSeconds, HabitKind? expected)
    {
        // Required: max(3 s, 30 m at 25 km/h = 4.3 s).
        var b = new DriveBuilder(60, 25).Cargo(20_000).Cruise(20);
        if (leadSeconds > 0)
        {
            b.Cruise(1).Blinker(-1).Cruise(leadSeconds);
        }

        var engine = b.Curve(-90, 22, 1.0).Blinker(0).Cruise(20).Build().Run();

        Assert.Equal(expected, Indicators(engine).SingleOrDefault()?.Kind);
    }

    [Fact]
    public void LaneChange_SignalCancelledJustBeforeTheMove_IsNoFinding()
    {
        var engine = Motorway().Blinker(1).Cruise(4).Blinker(0).Cruise(2).LaneChange(1, 6).Cruise(20).Build().Run();

        Assert.Empty(Indicators(engine));
    }

    [Fact]
    public void LaneChange_WrongSide_SpansFromTheWrongSwitchOn()
    {
        var engine = Motorway().Blinker(-1).Cruise(4).LaneChange(1, 6).Blinker(0).Cruise(20).Build().Run();

        var wrong = Assert.Single(Indicators(engine));
        Assert.Equal(HabitKind.IndicatorWrongSide, wrong.Kind);
        Assert.InRange(wrong.EndSeconds - wrong.StartSeconds, 4, 5.5);
    }

    [Fact]
    public void DoubleLaneChange_SameSideWithTheSignalOnThroughout_IsNotNotCancelled()
    {
        var engine = Motorway().Blinker(1).Cruise(4).LaneChange(1, 6).Cruise(3).LaneChange(1, 6).Blinker(0).Cruise(20).Build().Run();

        Assert.Empty(Indicators(engine));
    }
}
