namespace Ets2Coach.Simulator.Tests;

public class KinematicsTests
{
    public static TheoryData<string, int> Drives => new() { { "careful", 1 }, { "average", 2 }, { "reckless", 3 }, { "reckless", 4 } };

    [Theory]
    [MemberData(nameof(Drives))]
    public void Frames_Deceleration_NeverAboveTheTrucksCapability(string profile, int seed)
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed));
        var max = d.Frames.Where(f => f.SpeedMps > 0).Max(f => f.LocalAccelerationMps2.Z);
        Assert.InRange(max, 0, DriveSimulator.MaxDecelerationMps2);
    }

    [Theory]
    [MemberData(nameof(Drives))]
    public void Frames_Acceleration_LimitedByPowerAndMass(string profile, int seed)
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed));
        var sim = d.Simulator;
        Assert.All(d.Frames.Where(f => f.SpeedMps > 0.5), f =>
            Assert.True(-f.LocalAccelerationMps2.Z <= sim.MaxAccelerationMps2(f.SpeedMps) + 1e-3,
                $"frame {f.FrameNumber}: {-f.LocalAccelerationMps2.Z:F3} m/s² at {f.SpeedMps:F1} m/s exceeds {sim.MaxAccelerationMps2(f.SpeedMps):F3}"));
    }

    [Fact]
    public void Frames_HeavierRig_AcceleratesMoreSlowly()
    {
        var sims = Enumerable.Range(1, 6).Select(s => new DriveSimulator(TestDrives.Options(DriverProfile.Careful, s, minutes: 3))).ToList();
        var light = sims.MinBy(s => s.TotalMassKg)!;
        var heavy = sims.MaxBy(s => s.TotalMassKg)!;
        Assert.True(heavy.TotalMassKg > light.TotalMassKg);
        Assert.True(heavy.MaxAccelerationMps2(20) < light.MaxAccelerationMps2(20));
    }

    [Fact]
    public void Frames_Reversing_NegativeSpeedReverseGearAndLights()
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.Careful, 1));
        var reverse = d.Truth.Manoeuvres.Single(m => m.Kind == ManoeuvreKind.ReverseIntoBay);
        var frames = d.Frames.Where(f => RecordedDrive.Seconds(f) > reverse.StartSeconds + 1 && RecordedDrive.Seconds(f) < reverse.EndSeconds - 1).ToArray();
        Assert.NotEmpty(frames);
        Assert.All(frames, f =>
        {
            Assert.True(f.SpeedMps < 0);
            Assert.True(f.LocalVelocityMps.Z > 0, "reversing moves along +Z");
            Assert.Equal(-1, f.EngineGear);
            Assert.True(f.IsOn(Telemetry.TruckSwitches.ReverseLights));
        });
    }
}
