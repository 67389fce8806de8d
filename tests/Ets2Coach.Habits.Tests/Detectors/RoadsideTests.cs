using Ets2Coach.Habits.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Detectors;

public sealed class RoadsideTests
{
    private static HabitEvent[] Of(HabitEngine engine, HabitKind kind) => [.. engine.Findings.Where(f => f.Kind == kind)];

    [Fact]
    public void Lights_OffAtNightForTwoMinutesAt80_IsSerious()
    {
        var engine = new DriveBuilder(20, 80).GameTime(22, 0).Switch(TruckSwitches.LowBeam, false).Cruise(120)
            .Switch(TruckSwitches.LowBeam, true).Cruise(10).Build().Run();

        var off = Assert.Single(engine.Findings);
        Assert.Equal(HabitKind.LightsOffAtNight, off.Kind);
        Assert.Equal(Severity.Serious, off.Severity);
        Assert.InRange(off.MeasuredValue, 104, 106); // 120 s minus the 15 s grace
    }

    [Fact]
    public void Lights_OffAtNightBrieflyAndSlowly_IsMinor()
    {
        var engine = new DriveBuilder(20, 40).GameTime(23, 0).Switch(TruckSwitches.LowBeam, false).Cruise(40)
            .Switch(TruckSwitches.LowBeam, true).Cruise(10).Build().Run();

        Assert.Equal(Severity.Minor, Assert.Single(Of(engine, HabitKind.LightsOffAtNight)).Severity);
    }

    [Fact]
    public void Lights_ParkingLightsOnlyAtNight_CountAsOff()
    {
        var engine = new DriveBuilder(20, 40).GameTime(23, 0).Switch(TruckSwitches.LowBeam, false).Switch(TruckSwitches.ParkingLights, true).Cruise(40)
            .Switch(TruckSwitches.LowBeam, true).Cruise(10).Build().Run();

        Assert.Single(Of(engine, HabitKind.LightsOffAtNight));
    }

    [Fact]
    public void Lights_OffWithinTheGrace_IsNothing()
    {
        var engine = new DriveBuilder(20, 80).GameTime(22, 0).Switch(TruckSwitches.LowBeam, false).Cruise(12)
            .Switch(TruckSwitches.LowBeam, true).Cruise(10).Build().Run();

        Assert.Empty(engine.Findings);
    }

    [Fact]
    public void Lights_OffWithWipersByDay_IsRain()
    {
        var engine = new DriveBuilder(20, 50).GameTime(13, 0).Switch(TruckSwitches.LowBeam, false).Switch(TruckSwitches.Wipers, true).Cruise(40)
            .Switch(TruckSwitches.Wipers, false).Cruise(10).Build().Run();

        Assert.Equal(HabitKind.LightsOffInRain, Assert.Single(engine.Findings).Kind);
    }

    [Fact]
    public void Lights_OffAtDusk_IsATip()
    {
        var engine = new DriveBuilder(20, 80).GameTime(19, 30).Switch(TruckSwitches.LowBeam, false).Cruise(90).Switch(TruckSwitches.LowBeam, true).Cruise(5).Build().Run();

        var tip = Assert.Single(engine.Findings);
        Assert.Equal(HabitKind.LightsOffAtDusk, tip.Kind);
        Assert.Equal(Severity.Info, tip.Severity);
    }

    [Fact]
    public void Lights_OffAtNightWhileStanding_IsNothing()
    {
        var engine = new DriveBuilder(20, 0).Limit(50).GameTime(23, 0).Switch(TruckSwitches.LowBeam, false).Stand(120).Build().Run();

        Assert.Empty(engine.Findings);
    }

    [Theory]
    [InlineData(25, null)]
    [InlineData(45, Severity.Minor)]
    [InlineData(60, Severity.Serious)]
    public void TollApproach_SpeedFiftyMetresBefore_IsJudged(double kmh, Severity? expected)
    {
        // Brake from the approach speed at 3 m/s² to a stop at the booth, pay, move on.
        var b = new DriveBuilder(60, kmh).Cruise(30).ToSpeed(0, 3).Stand(5).Toll().Stand(3).ToSpeed(40, 1).Cruise(10);

        var engine = b.Build().Run();

        Assert.Equal(expected, Of(engine, HabitKind.TollApproachTooFast).SingleOrDefault()?.Severity);
    }

    [Theory]
    [InlineData(15, null)]
    [InlineData(35, Severity.Minor)]
    [InlineData(45, Severity.Serious)]
    public void YardApproach_MaxSpeedWithinFiftyMetres_IsJudged(double kmh, Severity? expected)
    {
        var b = new DriveBuilder(60, kmh).Cruise(30).ToSpeed(0, 4.5).Stand(5).Delivered().Stand(5);

        var engine = b.Build().Run();

        Assert.Equal(expected, Of(engine, HabitKind.YardApproachTooFast).SingleOrDefault()?.Severity);
    }

    [Fact]
    public void ServiceArea_LearntFromRefuelling_JudgesTheApproach()
    {
        var b = new DriveBuilder(60, 45).Cruise(30).ToSpeed(0, 4.5).Stand(5);
        for (var i = 0; i < 20; i++)
        {
            b.Fuel(1).Stand(0.5);
        }

        var engine = b.Stand(5).Build().Run();

        Assert.Equal(Severity.Serious, Assert.Single(Of(engine, HabitKind.YardApproachTooFast)).Severity);
    }

    [Theory]
    [InlineData(30, false, Severity.Serious)]
    [InlineData(30, true, Severity.Minor)]
    [InlineData(70, true, Severity.Serious)]
    [InlineData(10, false, null)]
    public void StoppedInLane_OnAFastRoad_IsJudgedByHazardsAndTime(double seconds, bool hazards, Severity? expected)
    {
        var engine = new DriveBuilder(60, 80).Cargo(20_000).Cruise(20).ToSpeed(0, 1.2).Switch(TruckSwitches.Hazard, hazards).Stand(seconds)
            .Switch(TruckSwitches.Hazard, false).ToSpeed(60, 1).Cruise(10).Build().Run();

        Assert.Equal(expected, Of(engine, HabitKind.StoppedInLane).SingleOrDefault()?.Severity);
    }

    [Fact]
    public void StoppedInLane_AfterAnEmergencyStop_IsDangerous()
    {
        var engine = new DriveBuilder(60, 80).Cargo(20_000).Cruise(20).ToSpeed(0, 4.0).Stand(30).ToSpeed(60, 1).Cruise(10).Build().Run();

        Assert.Equal(Severity.Dangerous, Assert.Single(Of(engine, HabitKind.StoppedInLane)).Severity);
    }

    [Fact]
    public void StoppedInLane_InAStopGoQueue_IsNothing()
    {
        var b = new DriveBuilder(60, 80).Cruise(20).ToSpeed(0, 1.2).Stand(8);
        for (var i = 0; i < 3; i++)
        {
            b.ToSpeed(10, 1).Cruise(3).ToSpeed(0, 1).Stand(8);
        }

        var engine = b.Stand(30).ToSpeed(60, 1).Cruise(10).Build().Run();

        Assert.Empty(Of(engine, HabitKind.StoppedInLane));
    }

    [Fact]
    public void StoppedInLane_OnACityStreet_IsNothing()
    {
        var engine = new DriveBuilder(60, 50).Limit(50).Cruise(20).ToSpeed(0, 1.2).Stand(40).ToSpeed(40, 1).Cruise(10).Build().Run();

        Assert.Empty(engine.Findings);
    }

    [Fact]
    public void StoppedInLane_AtAKnownTollBooth_IsNothing()
    {
        var engine = new DriveBuilder(60, 25).Cruise(20).ToSpeed(0, 1).Stand(5).Toll().Stand(30).ToSpeed(40, 1).Cruise(10).Build().Run();

        Assert.Empty(Of(engine, HabitKind.StoppedInLane));
    }

    [Fact]
    public void MenuWhileRolling_PausedAt60_IsMinorOnce()
    {
        var engine = new DriveBuilder(60, 60).Cruise(10).PausedEvent().Pause(5).Cruise(10).Build().Run();

        var menu = Assert.Single(engine.Findings);
        Assert.Equal(HabitKind.MenuWhileRolling, menu.Kind);
        Assert.Equal(Severity.Minor, menu.Severity);
    }

    [Fact]
    public void MenuWhileRolling_PausedWhileStanding_IsNothing()
    {
        var engine = new DriveBuilder(60, 0).Stand(10).Pause(5).Stand(10).Build().Run();

        Assert.Empty(engine.Findings);
    }

    [Theory]
    [InlineData(Offence.RedSignal, "red_signal", Severity.Serious)]
    [InlineData(Offence.AvoidSleeping, "avoid_sleeping", Severity.Minor)]
    [InlineData(Offence.AvoidWeighing, "avoid_weighing", Severity.Info)]
    [InlineData(Offence.Unknown, "new_offence", Severity.Info)]
    public void GameFine_ByOffence_HasItsSeverityAndName(Offence offence, string name, Severity expected)
    {
        var engine = new DriveBuilder(60, 50).Cruise(5).Fine(offence, name).Cruise(5).Build().Run();

        var fine = Assert.Single(engine.Findings);
        Assert.Equal(HabitKind.GameFine, fine.Kind);
        Assert.Equal(expected, fine.Severity);
        Assert.Equal(name, fine.Detail);
    }

    [Fact]
    public void Collision_WearJumpAndCrashFineTogether_IsOneDangerousCollision()
    {
        var engine = new DriveBuilder(60, 50).Cruise(5).Wear(0.02).Cruise(1).Fine(Offence.Crash, "crash").Cruise(5).Build().Run();

        var crash = Assert.Single(engine.Findings);
        Assert.Equal(HabitKind.Collision, crash.Kind);
        Assert.Equal(Severity.Dangerous, crash.Severity);
    }

    [Fact]
    public void Collision_SlowWear_IsNothing()
    {
        var b = new DriveBuilder(60, 50);
        for (var i = 0; i < 100; i++)
        {
            b.Wear(0.0004).Cruise(1);
        }

        Assert.Empty(b.Build().Run().Findings);
    }

    [Fact]
    public void Lights_SwitchedOffLongAfterNightfall_StartsTheEpisodeAtOnce()
    {
        var engine = new DriveBuilder(20, 50).GameTime(22, 0).Cruise(60).Switch(TruckSwitches.LowBeam, false).Cruise(30)
            .Switch(TruckSwitches.LowBeam, true).Cruise(5).Build().Run();

        var off = Assert.Single(engine.Findings);
        Assert.InRange(off.StartSeconds, 59.9, 60.2);
        Assert.InRange(off.MeasuredValue, 29.8, 30.2);
    }

    [Fact]
    public void StoppedInLane_HazardsOnlyForPartOfTheStop_IsSerious()
    {
        var engine = new DriveBuilder(60, 80).Cruise(20).ToSpeed(0, 1.2).Stand(15).Switch(TruckSwitches.Hazard, true).Stand(15)
            .Switch(TruckSwitches.Hazard, false).ToSpeed(60, 1).Cruise(10).Build().Run();

        Assert.Equal(Severity.Serious, Assert.Single(Of(engine, HabitKind.StoppedInLane)).Severity);
    }

    [Fact]
    public void StoppedInLane_AtAFerryPort_IsNothing()
    {
        var engine = new DriveBuilder(60, 25).Cruise(20).ToSpeed(0, 1).Stand(30).Ferry().Teleport(30_000, 0).Stand(30).ToSpeed(40, 1).Cruise(10).Build().Run();

        Assert.Empty(engine.Findings);
    }

    [Fact]
    public void YardApproach_JobAcceptedInTheYard_LearnsTheYard()
    {
        // A job configuration appearing while standing marks a yard; the approach before it was fast.
        var b = new DriveBuilder(60, 45).Cruise(30).ToSpeed(0, 4.5).Stand(5).Cargo(20_000).Stand(5);

        var engine = b.Build().Run();

        Assert.Equal(Severity.Serious, Assert.Single(Of(engine, HabitKind.YardApproachTooFast)).Severity);
    }
}
