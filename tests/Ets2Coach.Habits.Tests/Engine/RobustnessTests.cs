using System.Numerics;
using Ets2Coach.Habits.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Engine;

/// <summary>Paused game, reversing, teleports, timer restarts, missing channels and bad values: no false finding, no exception.</summary>
public sealed class RobustnessTests
{
    private static void AssertQuiet(HabitEngine engine)
    {
        Assert.Empty(engine.Findings);
        Assert.Empty(engine.DisabledDetectors);
    }

    [Fact]
    public void PausedGame_WhileStanding_NoFinding()
    {
        AssertQuiet(new DriveBuilder(60, 0).Limit(50).Stand(5).Pause(30).Stand(5).Build().Run());
    }

    [Fact]
    public void PausedGame_ClockStopsDuringThePause()
    {
        var engine = new DriveBuilder(60, 50).Cruise(10).Pause(100).Cruise(10).Build().Run();

        Assert.InRange(engine.DurationSeconds, 19.9, 20.1);
    }

    [Fact]
    public void Reversing_IntoABay_NoFinding()
    {
        var drive = new DriveBuilder(60, 20).Limit(50).Cruise(5).ToSpeed(0, 1).Stand(2).Reverse(15, 8).Stand(2).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void Reversing_HardStopWhileReversing_NoBrakingFinding()
    {
        var drive = new DriveBuilder(60, 0).Limit(50).Stand(2).Reverse(5, 18).Stand(5).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void FerryJump_MidDrive_NoFindingAndNoDistance()
    {
        var drive = new DriveBuilder(60, 20).Limit(50).Cruise(10).ToSpeed(0, 1).Stand(3).Ferry().Teleport(40_000, -25_000).Stand(3).ToSpeed(40, 1).Cruise(10).Build();

        var engine = drive.Run();

        AssertQuiet(engine);
        Assert.InRange(engine.DistanceKm, 0.1, 0.4);
    }

    [Fact]
    public void TrainJumpWithoutEvent_WhileMoving_EndsEpisodesSilently()
    {
        // A 0.4 s braking cut in two by a teleport: each part is too short, and they are not joined.
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(77.8, 3).Teleport(5_000, 0).ToSpeed(75.6, 3).Cruise(20).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void TimerRestart_LoadedSave_NoFindingNoException()
    {
        var drive = new DriveBuilder(60, 80).Cruise(20).TimerRestart().Teleport(1_000, 1_000).Cruise(20).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void AbsentChannels_EverythingButTheClock_NoFindingNoException()
    {
        var drive = new DriveBuilder(60, 80).Channels(TelemetryChannels.All, false).Cruise(10).ToSpeed(0, 4).Stand(30).Build();

        var engine = drive.Run();

        AssertQuiet(engine);
        Assert.All(engine.DetectorStatuses.Where(d => d.Name != "Fine"), d => Assert.Equal(0, d.SignalCoverage, 3));
    }

    [Fact]
    public void AbsentAccelerometer_BrakingIsJudgedFromSpeed()
    {
        var drive = new DriveBuilder(60, 80).Cargo(25_000).Channels(TelemetryChannels.LocalAcceleration, false).Cruise(10).ToSpeed(40, 3.0).Cruise(20).Build();

        var hard = Assert.Single(drive.Run().Findings, f => f.Kind == HabitKind.HardBraking);

        Assert.Equal(Severity.Minor, hard.Severity);
    }

    [Fact]
    public void NaNValues_InEveryFloat_NoFindingNoException()
    {
        static TelemetryFrame Poison(TelemetryFrame f) => f with
        {
            SpeedMps = float.NaN,
            LocalAccelerationMps2 = new Vector3(float.NaN, float.NaN, float.PositiveInfinity),
            LocalVelocityMps = new Vector3(float.NaN),
            LocalAngularVelocityTurnsPerS = new Vector3(float.NegativeInfinity),
            Position = new WorldPosition(double.NaN, 0, double.NaN),
            Orientation = new Orientation(float.NaN, 0, 0),
            NavigationSpeedLimitMps = float.NaN,
            FuelAmountL = float.NaN,
            WearEngine = float.NaN,
        };

        var drive = new DriveBuilder(60, 80).Cruise(5).Corrupt(Poison).Cruise(10).ToSpeed(0, 5).Stand(30).Corrupt(null).Stand(5).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void NaNBursts_InsideADrive_DoNotPoisonTheFilters()
    {
        var n = 0;
        TelemetryFrame Flicker(TelemetryFrame f) => n++ % 7 == 0 ? f with { SpeedMps = float.NaN, LocalAccelerationMps2 = new Vector3(float.NaN) } : f;

        var drive = new DriveBuilder(60, 80).Corrupt(Flicker).Cruise(30).ToSpeed(70, 0.5).Cruise(30).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void SpeedLimitZero_AdvisorOff_NoLimitOrSpeedingFinding()
    {
        var drive = new DriveBuilder(60, 120).Limit(0).Cruise(180).ToSpeed(60, 1).Cruise(10).Build();

        AssertQuiet(drive.Run());
    }

    [Fact]
    public void LostFrames_GapOfSeveralSeconds_StartsANewSegment()
    {
        var frames = new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(60, 3).Cruise(10).Build();
        // Drop 3 s of frames in the middle of the braking.
        var kept = frames.Frames.Where(f => f.PausedSimulationTimeUs < 10_300_000 || f.PausedSimulationTimeUs > 13_300_000).ToArray();
        var drive = new Drive(kept, frames.Events, frames.Configuration);

        var engine = drive.Run();

        Assert.Empty(engine.DisabledDetectors);
        Assert.DoesNotContain(engine.Findings, f => f.Kind == HabitKind.HardBraking);
    }
}
