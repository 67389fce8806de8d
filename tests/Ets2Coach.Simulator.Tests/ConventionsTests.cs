using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

/// <summary>The SDK's conventions (docs/shared-memory-protocol.md, scs-telemetry-sdk.md §2.5) hold in every frame.</summary>
public class ConventionsTests
{
    private static RecordedDrive Drive => TestDrives.Record(TestDrives.Options(DriverProfile.Average, 11));

    [Fact]
    public void Frames_ForwardMotion_NegativeLocalZAndMotionAlongHeading()
    {
        var frames = Drive.Frames;
        var checkedFrames = 0;
        for (var i = 1; i < frames.Length; i++)
        {
            var (a, b) = (frames[i - 1], frames[i]);
            if (a.IsPaused || b.IsPaused || a.SpeedMps < 5)
            {
                continue;
            }

            Assert.True(a.LocalVelocityMps.Z < 0, "forward motion must have a negative local Z velocity");
            var theta = a.Orientation.HeadingTurns * 2 * Math.PI;
            var dx = b.Position.XMetres - a.Position.XMetres;
            var dz = b.Position.ZMetres - a.Position.ZMetres;
            if (Math.Sqrt((dx * dx) + (dz * dz)) > 100)
            {
                continue; // ferry
            }

            // Forward direction (−sin θ, −cos θ): the step points along it.
            var along = (dx * -Math.Sin(theta)) + (dz * -Math.Cos(theta));
            Assert.True(along > 0.9 * a.SpeedMps / 60, $"frame {a.FrameNumber}: moved {along:F3} m along the heading");
            checkedFrames++;
        }

        Assert.True(checkedFrames > 10_000);
    }

    [Fact]
    public void Frames_Braking_PositiveLocalZAccelerationAndBrakeLights()
    {
        var braking = Drive.Frames.Where(f => !f.IsPaused && f.SpeedMps > 3 && f.EffectiveBrake > 0.1f).ToArray();
        Assert.NotEmpty(braking);
        Assert.All(braking, f =>
        {
            Assert.True(f.LocalAccelerationMps2.Z > 0, $"frame {f.FrameNumber}: braking must be +Z");
            Assert.True(f.IsOn(TruckSwitches.BrakeLights));
        });
    }

    [Fact]
    public void Frames_LeftTurn_HeadingIncreasesLeftwardAccelerationPositiveSteering()
    {
        static List<ManoeuvreRecord> LeftTurns(RecordedDrive r) =>
            r.Truth.Manoeuvres.Where(m => m.Kind == ManoeuvreKind.JunctionTurn && m.Description.Contains("turn left", StringComparison.Ordinal)).ToList();
        var d = Drive;
        var turns = LeftTurns(d);
        if (turns.Count == 0)
        {
            d = TestDrives.Record(TestDrives.Options(DriverProfile.Average, 12));
            turns = LeftTurns(d);
        }

        Assert.NotEmpty(turns);
        var turning = d.Frames.Where(f => !f.IsPaused && f.SpeedMps > 2 && f.LocalAngularVelocityTurnsPerS.Y > 0.01).ToArray();
        Assert.NotEmpty(turning);
        Assert.All(turning, f =>
        {
            Assert.True(f.LocalAccelerationMps2.X < 0, "a left turn's centripetal acceleration points left (−X)");
            Assert.True(f.EffectiveSteering > 0, "left steering is positive");
        });

        // Heading (unwrapped) rises through a left turn.
        var t = turns[0];
        var inTurn = d.Frames.Where(f => RecordedDrive.Seconds(f) >= t.StartSeconds && RecordedDrive.Seconds(f) <= t.EndSeconds && !f.IsPaused).ToArray();
        var turned = 0.0;
        for (var i = 1; i < inTurn.Length; i++)
        {
            double step = inTurn[i].Orientation.HeadingTurns - inTurn[i - 1].Orientation.HeadingTurns;
            turned += step - Math.Round(step);
        }

        Assert.InRange(turned * 360, 60, 120);
    }

    [Fact]
    public void Frames_AngularVelocity_IsTheHeadingRateInTurns()
    {
        var f = Drive.Frames;
        for (var i = 1; i < f.Length - 1; i++)
        {
            if (f[i - 1].IsPaused || f[i + 1].IsPaused || f[i].SpeedMps < 1)
            {
                continue;
            }

            double step = f[i + 1].Orientation.HeadingTurns - f[i - 1].Orientation.HeadingTurns;
            step -= Math.Round(step);
            var dt = (f[i + 1].PausedSimulationTimeUs - f[i - 1].PausedSimulationTimeUs) / 1e6;
            Assert.Equal(step / dt, f[i].LocalAngularVelocityTurnsPerS.Y, 2e-3);
        }
    }

    [Fact]
    public void Frames_HeadingAndTrailer_InUnitRange()
    {
        Assert.All(Drive.Frames, f =>
        {
            Assert.InRange(f.Orientation.HeadingTurns, 0f, 0.99999994f);
            Assert.InRange(f.TrailerOrientation.HeadingTurns, 0f, 0.99999994f);
            var dx = f.TrailerPosition.XMetres - f.Position.XMetres;
            var dz = f.TrailerPosition.ZMetres - f.Position.ZMetres;
            Assert.Equal(10, Math.Sqrt((dx * dx) + (dz * dz)), 1e-6);
        });
    }

    [Fact]
    public void Frames_GameTime_AdvancesAtLocalScaleAndCrossesDuskIntoNight()
    {
        var d = Drive;
        var first = d.Frames[0];
        var last = d.Frames[^1];
        var gameMinutes = last.GameTimeMinutes - first.GameTimeMinutes;
        Assert.Equal(d.Truth.DurationSeconds * 19 / 60, gameMinutes, 1.0);
        Assert.All(d.Frames, f => Assert.Equal(19f, f.LocalScale));
        Assert.True(first.GameTimeMinutes % 1440 < 19 * 60, "starts before the 19:00 dusk window");
        Assert.True(last.GameTimeMinutes % 1440 >= (20 * 60) + 30, "ends in the 20:30 night window");
    }

    [Fact]
    public void Frames_GearsRpmAndInputs_ConsistentWithMotion()
    {
        Assert.All(Drive.Frames, f =>
        {
            if (f.SpeedMps > 2)
            {
                Assert.True(f.EngineGear > 0);
                Assert.InRange(f.EngineRpm, 1000, 1900);
            }

            if (f.SpeedMps < -0.1)
            {
                Assert.Equal(-1, f.EngineGear);
                Assert.True(f.IsOn(TruckSwitches.ReverseLights));
            }

            Assert.InRange(f.EffectiveThrottle, 0, 1);
            Assert.InRange(f.EffectiveBrake, 0, 1);
            Assert.InRange(f.EffectiveSteering, -1, 1);
            Assert.False(f.EffectiveThrottle > 0.01f && f.EffectiveBrake > 0.01f, "throttle and brake together");
        });
    }

    [Fact]
    public void Frames_Odometer_GrowsWithDistanceAndFuelFalls()
    {
        var d = Drive;
        var driven = d.Frames[^1].OdometerKm - d.Frames[0].OdometerKm;
        Assert.Equal(d.Truth.DistanceKm, driven, 0.05);
        for (var i = 1; i < d.Frames.Length; i++)
        {
            Assert.True(d.Frames[i].OdometerKm >= d.Frames[i - 1].OdometerKm);
        }
    }
}
