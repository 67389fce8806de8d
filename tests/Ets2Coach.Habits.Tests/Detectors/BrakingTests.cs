using Ets2Coach.Habits.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Detectors;

public sealed class BrakingTests
{
    private static HabitEvent[] Of(HabitEngine engine, HabitKind kind) => [.. engine.Findings.Where(f => f.Kind == kind)];

    [Fact]
    public void CleanDrive_GentleDriving_ReportsNothing()
    {
        var drive = new DriveBuilder(60, 80).Cargo(20_000).Cruise(30).ToSpeed(60, 0.8).Cruise(20).ToSpeed(85, 0.5).Cruise(30).Build();

        var engine = drive.Run();

        Assert.Empty(engine.Findings);
        Assert.Empty(engine.DisabledDetectors);
    }

    [Theory]
    [InlineData(1.8, Severity.Info)]
    [InlineData(2.9, Severity.Minor)]
    [InlineData(3.9, Severity.Serious)]
    [InlineData(5.0, Severity.Dangerous)]
    public void HardBraking_LoadedTruckAtLevel_ReportsThatSeverity(double mps2, Severity expected)
    {
        // 40 t rig: harsh 2.5, emergency 3.4.
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(40, mps2).Cruise(20).Build();

        var engine = drive.Run();

        var hard = Assert.Single(Of(engine, HabitKind.HardBraking));
        Assert.Equal(expected, hard.Severity);
        Assert.InRange(hard.StartSeconds, 9.9, 10.6);
    }

    [Fact]
    public void HardBraking_BobtailAtLoadedHarshLevel_IsOnlyFirm()
    {
        // 2.7 m/s² is harsh for 40 t (2.5) but not for a bobtail (3.0).
        var drive = new DriveBuilder(60, 80).Cruise(10).ToSpeed(40, 2.7).Cruise(20).Build();

        var hard = Assert.Single(Of(drive.Run(), HabitKind.HardBraking));

        Assert.Equal(Severity.Info, hard.Severity);
    }

    [Fact]
    public void HardBraking_ShorterThanSustain_IsNothing()
    {
        // 80 → 78 km/h at 3 m/s²: about 0.2 s.
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(78, 3).Cruise(20).Build();

        Assert.Empty(Of(drive.Run(), HabitKind.HardBraking));
    }

    [Fact]
    public void HardBraking_TwoEpisodesWithinMergeWindow_MergeIntoOneAtTheHigherLevel()
    {
        var drive = new DriveBuilder(60, 90).Cargo(25_000).Cruise(10).ToSpeed(75, 2.0).Cruise(2).ToSpeed(55, 3.0).Cruise(20).Build();

        var hard = Assert.Single(Of(drive.Run(), HabitKind.HardBraking));

        Assert.Equal(Severity.Minor, hard.Severity);
        Assert.True(hard.EndSeconds - hard.StartSeconds > 4);
    }

    [Fact]
    public void HardBraking_AroundACrashFine_IsSuppressed()
    {
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(40, 3.0).Fine(Offence.Crash, "crash").Cruise(20).Build();

        var engine = drive.Run();

        Assert.Empty(Of(engine, HabitKind.HardBraking));
        Assert.Single(Of(engine, HabitKind.Collision));
    }

    [Fact]
    public void HardBraking_BelowMinimumSpeed_IsNothing()
    {
        var drive = new DriveBuilder(60, 12).Cargo(25_000).Cruise(5).ToSpeed(0, 3.0).Stand(5).Build();

        Assert.Empty(Of(drive.Run(), HabitKind.HardBraking));
    }

    [Fact]
    public void LateBraking_StopWithMeanTwo_IsMinor()
    {
        var drive = new DriveBuilder(60, 60).Cargo(25_000).Cruise(10).ToSpeed(0, 2.0).Stand(10).Build();

        var engine = drive.Run();

        var late = Assert.Single(Of(engine, HabitKind.LateBraking));
        Assert.Equal(Severity.Minor, late.Severity);
        Assert.InRange(late.MeasuredValue, 1.8, 2.2);
    }

    [Fact]
    public void LateBraking_StopAfterACruise_IsJudgedFromTheEndOfTheCruise()
    {
        // A firm slowdown long before, a 20 s cruise at 50, then a gentle stop: the stop is good.
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(50, 2.8).Cruise(20).BrakeSmooth(0, 0.9).Stand(10).Build();

        var engine = drive.Run();

        Assert.Empty(Of(engine, HabitKind.LateBraking));
    }

    [Fact]
    public void LateBraking_CoastThenBrake_CountsTheCoast()
    {
        // Coasting 80 → 50 at 0.4 m/s², then 2.0 m/s² to a stop: mean over 28 s is under 1.5, peak 2.0 → good.
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(50, 0.4).ToSpeed(0, 1.95).Stand(10).Build();

        Assert.Empty(Of(drive.Run(), HabitKind.LateBraking));
    }

    [Fact]
    public void LateBraking_GentleStop_IsNothing()
    {
        // Half-sine deceleration: mean 0.9, peak 1.41 m/s², under the firm level.
        var drive = new DriveBuilder(60, 60).Cargo(25_000).Cruise(10).BrakeSmooth(0, 0.9).Stand(10).Build();

        var engine = drive.Run();

        Assert.Empty(engine.Findings);
    }

    [Fact]
    public void LateBraking_HarshStop_IsHardBrakingOnly()
    {
        var drive = new DriveBuilder(60, 60).Cargo(25_000).Cruise(10).ToSpeed(0, 3.2).Stand(10).Build();

        var engine = drive.Run();

        Assert.Empty(Of(engine, HabitKind.LateBraking));
        Assert.Equal(Severity.Minor, Assert.Single(Of(engine, HabitKind.HardBraking)).Severity);
    }

    [Fact]
    public void FollowingTooClose_HardBrakingOnOpenRoad_IsReported()
    {
        var drive = new DriveBuilder(60, 85).Cargo(25_000).Cruise(10).ToSpeed(60, 2.8).Cruise(5).ToSpeed(85, 0.6).Cruise(30).Build();

        var engine = drive.Run();

        Assert.Single(Of(engine, HabitKind.HardBraking));
        var follow = Assert.Single(Of(engine, HabitKind.FollowingTooClose));
        Assert.Equal(Severity.Minor, follow.Severity);
    }

    [Fact]
    public void FollowingTooClose_HardBrakingIntoAStop_IsNotReported()
    {
        var drive = new DriveBuilder(60, 60).Cargo(25_000).Cruise(10).ToSpeed(0, 2.8).Stand(20).Build();

        Assert.Empty(Of(drive.Run(), HabitKind.FollowingTooClose));
    }

    [Fact]
    public void FollowingTooClose_HardBrakingAtALimitDrop_IsNotReported()
    {
        var drive = new DriveBuilder(60, 90).Cargo(25_000).Cruise(10).Limit(60).ToSpeed(60, 2.8).Cruise(30).Build();

        var engine = drive.Run();

        Assert.Single(Of(engine, HabitKind.HardBraking));
        Assert.Empty(Of(engine, HabitKind.FollowingTooClose));
    }

    [Fact]
    public void FollowingTooClose_HardBrakingBeforeAJunctionTurn_IsNotReported()
    {
        var drive = new DriveBuilder(60, 60).Cargo(25_000).Cruise(10).ToSpeed(25, 2.8).Cruise(3).Blinker(-1).Cruise(5).Curve(-90, 22, 1).Blinker(0).Cruise(20).Build();

        var engine = drive.Run();

        Assert.Single(Of(engine, HabitKind.HardBraking));
        Assert.Empty(Of(engine, HabitKind.FollowingTooClose));
    }
}
