using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

public class DeterminismTests
{
    private static string Hash(RecordedDrive d)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(MemoryMarshal.AsBytes(d.Frames.AsSpan()));
        sha.AppendData(MemoryMarshal.AsBytes(d.Events.AsSpan()));
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static string Truth(DriveGroundTruth t) =>
        string.Join("\n", t.Manoeuvres.Select(m => $"{m.Id} {m.Kind} {m.StartSeconds:R} {m.EndSeconds:R} {m.Description} " +
            string.Join(",", m.ExpectedFindings.Select(f => $"{f.Kind}/{f.Severity}/{f.StartSeconds:R}/{f.EndSeconds:R}")))) + $"\n{t.DistanceKm:R} {t.DurationSeconds:R}";

    [Fact]
    public void TryStep_SameSeedTwice_IdenticalFramesEventsAndTruth()
    {
        var options = TestDrives.Options(DriverProfile.Reckless, 7, noise: NoiseLevel.High, minutes: 6);
        var a = TestDrives.Play(new DriveSimulator(options));
        var b = TestDrives.Play(new DriveSimulator(options));
        Assert.Equal(Hash(a), Hash(b));
        Assert.Equal(Truth(a.Truth), Truth(b.Truth));
    }

    [Fact]
    public void Reset_AfterPlaying_ReplaysTheSameFrames()
    {
        var sim = new DriveSimulator(TestDrives.Options(DriverProfile.Average, 3, minutes: 4));
        var first = Hash(TestDrives.Play(sim));
        Assert.Equal(first, Hash(TestDrives.Play(sim)));
    }

    [Fact]
    public void Plan_DifferentSeeds_Differ()
    {
        var a = new DriveSimulator(TestDrives.Options(DriverProfile.Average, 1));
        var b = new DriveSimulator(TestDrives.Options(DriverProfile.Average, 2));
        Assert.NotEqual(Truth(a.GroundTruth), Truth(b.GroundTruth));
        Assert.NotEqual(a.InitialConfiguration.Job!.CargoMassKg, b.InitialConfiguration.Job!.CargoMassKg);
    }

    [Fact]
    public void Plan_NoiseLevel_DoesNotChangeTheTruth()
    {
        var quiet = new DriveSimulator(TestDrives.Options(DriverProfile.Reckless, 4));
        var noisy = new DriveSimulator(TestDrives.Options(DriverProfile.Reckless, 4, noise: NoiseLevel.High));
        Assert.Equal(Truth(quiet.GroundTruth), Truth(noisy.GroundTruth));
    }

    [Fact]
    public void Plan_SeedsAcrossProfiles_TotalMassFollowsTheJob()
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var sim = new DriveSimulator(TestDrives.Options(DriverProfile.Careful, seed, minutes: 3));
            var cargo = sim.InitialConfiguration.Job!.CargoMassKg!.Value;
            Assert.Equal(8_000 + 7_000 + cargo, sim.TotalMassKg, 3);
            Assert.False(cargo is > 9_000 and < 11_000, "cargo mass must stay clear of the 10 t loaded line");
        }
    }

    [Fact]
    public void RateIndependence_20_60_1000Hz_SameTruthAndSameTrajectoryAtCommonTimes()
    {
        const int seed = 5;
        var slow = TestDrives.Record(TestDrives.Options(DriverProfile.Reckless, seed, 20, NoiseLevel.Low, 6));
        var mid = TestDrives.Record(TestDrives.Options(DriverProfile.Reckless, seed, 60, NoiseLevel.Low, 6));
        var fast = TestDrives.Record(TestDrives.Options(DriverProfile.Reckless, seed, 1000, NoiseLevel.Low, 6));
        Assert.Equal(Truth(slow.Truth), Truth(mid.Truth));
        Assert.Equal(Truth(slow.Truth), Truth(fast.Truth));

        var byTimeMid = mid.Frames.ToDictionary(f => f.SimulationTimeUs);
        var byTimeFast = fast.Frames.ToDictionary(f => f.SimulationTimeUs);
        var compared = 0;
        foreach (var f in slow.Frames)
        {
            foreach (var other in new[] { byTimeMid[f.SimulationTimeUs], byTimeFast[f.SimulationTimeUs] })
            {
                if (f.IsPaused || other.IsPaused)
                {
                    continue;
                }

                Assert.Equal(f.PausedSimulationTimeUs, other.PausedSimulationTimeUs);
                Assert.Equal(f.Position.XMetres, other.Position.XMetres, 1e-6);
                Assert.Equal(f.Position.ZMetres, other.Position.ZMetres, 1e-6);
                Assert.Equal(f.SpeedMps, other.SpeedMps, 1e-4);
                Assert.Equal(f.Orientation.HeadingTurns, other.Orientation.HeadingTurns, 1e-6);
                compared++;
            }
        }

        Assert.True(compared > 10_000, $"only {compared} common frames compared");
    }

    [Fact]
    public void RateIndependence_EventsKeepTheirDriveTimeAtEveryRate()
    {
        var slow = TestDrives.Record(TestDrives.Options(DriverProfile.Reckless, 5, 20, NoiseLevel.Low, 6));
        var fast = TestDrives.Record(TestDrives.Options(DriverProfile.Reckless, 5, 1000, NoiseLevel.Low, 6));
        Assert.Equal(slow.Events.Select(e => e.Kind), fast.Events.Select(e => e.Kind));
        for (var i = 0; i < slow.Events.Length; i++)
        {
            // Same event, sampled by a 50 ms and a 1 ms frame grid: at most one slow frame apart.
            Assert.InRange((double)slow.Events[i].SimulationTimeUs - fast.Events[i].SimulationTimeUs, -1, 50_000);
        }
    }

    [Fact]
    public void Frames_TimesAndNumbers_FollowTheRate()
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.Careful, 2, 60, minutes: 4));
        for (var i = 0; i < d.Frames.Length; i++)
        {
            var f = d.Frames[i];
            Assert.Equal((ulong)(i + 1), f.FrameNumber);
            Assert.Equal((ulong)Math.Round(i * 1_000_000.0 / 60), f.SimulationTimeUs);
            if (i > 0)
            {
                Assert.True(f.PausedSimulationTimeUs >= d.Frames[i - 1].PausedSimulationTimeUs);
                Assert.True(f.EventsPublished >= d.Frames[i - 1].EventsPublished);
            }
        }

        Assert.Equal((ulong)d.Events.Length, d.Frames[^1].EventsPublished);
        Assert.InRange(d.Truth.DurationSeconds, 239, 250);
        Assert.Equal(d.Truth.DurationSeconds, RecordedDrive.Seconds(d.Frames[^1]), 0.05);
        Assert.All(d.Frames, f => Assert.Equal(TelemetryChannels.All, f.ChannelsPresent));
    }
}
