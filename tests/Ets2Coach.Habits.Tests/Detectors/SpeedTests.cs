using Ets2Coach.Habits.Tests.Support;

namespace Ets2Coach.Habits.Tests.Detectors;

public sealed class SpeedTests
{
    private static HabitEvent[] Of(HabitEngine engine, HabitKind kind) => [.. engine.Findings.Where(f => f.Kind == kind)];

    [Fact]
    public void LimitDrop_SlowedBeforeTheSign_IsFine()
    {
        var drive = new DriveBuilder(60, 90).Cruise(10).BrakeSmooth(52, 0.8).Limit(50).Cruise(30).Build();

        Assert.Empty(drive.Run().Findings);
    }

    [Fact]
    public void LimitDrop_CompliesAfterFiveSeconds_IsLateMinor()
    {
        // 75 → 55 km/h at 1.11 m/s² after the drop to 50: 13 km/h over at 3 s, complies at 5.0 s.
        var drive = new DriveBuilder(60, 75).Cargo(25_000).Cruise(10).Limit(50).ToSpeed(55, 1.111).Cruise(30).Build();

        var late = Assert.Single(Of(drive.Run(), HabitKind.LimitDropLate));

        Assert.Equal(Severity.Minor, late.Severity);
        Assert.InRange(late.MeasuredValue, 4.9, 5.3);
        Assert.InRange(late.StartSeconds, 9.9, 10.1);
    }

    [Fact]
    public void LimitDrop_StillFarOverAfterThreeSeconds_IsMissedSerious()
    {
        var drive = new DriveBuilder(60, 90).Cruise(10).Limit(50).Cruise(4).ToSpeed(50, 1.5).Cruise(20).Build();

        var missed = Assert.Single(Of(drive.Run(), HabitKind.LimitDropMissed));

        Assert.Equal(Severity.Serious, missed.Severity);
        Assert.Equal("km/h", missed.Unit);
    }

    [Fact]
    public void LimitDrop_NineSecondsToComply_IsMissed()
    {
        // 70 → 55 km/h over 9 s: never 15 over at 3 s (66 − 50 = 16? no: 70 − 3·0.46·3.6 = 65 → 15 over), so slow down a little first.
        var drive = new DriveBuilder(60, 64).Cruise(10).Limit(50).ToSpeed(55, 0.28).Cruise(20).Build();

        var missed = Assert.Single(Of(drive.Run(), HabitKind.LimitDropMissed));

        Assert.Equal("s", missed.Unit);
        Assert.InRange(missed.MeasuredValue, 8.5, 9.5);
    }

    [Fact]
    public void LimitDrop_AdvisorOff_NoFindingNoException()
    {
        var drive = new DriveBuilder(60, 90).Limit(0).Cruise(10).Limit(50).Cruise(10).Limit(0).Cruise(70).Build();

        var engine = drive.Run();

        Assert.Empty(engine.Findings);
        Assert.Empty(engine.DisabledDetectors);
    }

    [Fact]
    public void Speeding_FifteenOverForTwoMinutes_IsMinor()
    {
        var drive = new DriveBuilder(60, 65).Limit(50).Cruise(120).ToSpeed(50, 1.0).Cruise(10).Build();

        var speeding = Assert.Single(Of(drive.Run(), HabitKind.Speeding));

        Assert.Equal(Severity.Minor, speeding.Severity);
        Assert.InRange(speeding.MeasuredValue, 14.9, 15.1);
        Assert.InRange(speeding.EndSeconds - speeding.StartSeconds, 120, 125);
    }

    [Fact]
    public void Speeding_TwentyFiveOver_IsSerious()
    {
        var drive = new DriveBuilder(60, 85).Limit(60).Cruise(90).ToSpeed(60, 1.0).Cruise(10).Build();

        Assert.Equal(Severity.Serious, Assert.Single(Of(drive.Run(), HabitKind.Speeding)).Severity);
    }

    [Fact]
    public void Speeding_UnderAMinute_IsNothing()
    {
        var drive = new DriveBuilder(60, 75).Limit(60).Cruise(50).ToSpeed(60, 1.0).Cruise(10).Build();

        Assert.Empty(drive.Run().Findings);
    }

    [Fact]
    public void Speeding_AfterAMissedDrop_StartsWhenTheDropEpisodeEnds()
    {
        // Ignores a drop to 60 and stays at 90 until the limit rises again after 40 s: the drop episode ends there.
        var drive = new DriveBuilder(60, 90).Cruise(10).Limit(60).Cruise(40).Limit(70).Cruise(70).ToSpeed(70, 1).Cruise(5).Build();

        var engine = drive.Run();

        var missed = Assert.Single(Of(engine, HabitKind.LimitDropMissed));
        var speeding = Assert.Single(Of(engine, HabitKind.Speeding));
        Assert.InRange(speeding.StartSeconds, missed.EndSeconds - 0.1, missed.EndSeconds + 0.1);
    }

    [Fact]
    public void LimitDrop_LimitRisesAgainWithinThreeSeconds_IsNothing()
    {
        var drive = new DriveBuilder(60, 90).Cruise(10).Limit(60).Cruise(2).Limit(90).Cruise(30).Build();

        Assert.Empty(drive.Run().Findings);
    }
}
