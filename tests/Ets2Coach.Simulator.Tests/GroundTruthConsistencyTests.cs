using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

/// <summary>The labels re-measured from the frames agree with the ground truth, at any rate and noise level.</summary>
public class GroundTruthConsistencyTests
{
    public static TheoryData<string, int, double, NoiseLevel> Drives => new()
    {
        { "careful", 1, 60, NoiseLevel.None },
        { "average", 1, 60, NoiseLevel.None },
        { "reckless", 1, 60, NoiseLevel.None },
        { "reckless", 2, 20, NoiseLevel.High },
        { "average", 3, 1000, NoiseLevel.Low },
        { "reckless", 4, 60, NoiseLevel.High },
    };

    [Theory]
    [MemberData(nameof(Drives))]
    public void HardBraking_MeasuredFromFrames_MatchesTheTruthExactly(string profile, int seed, double rate, NoiseLevel noise)
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed, rate, noise, rate > 100 ? 8 : 15));
        var match = FindingMatcher.Match(FrameReference.HardBraking(d), FrameReference.Expected(d, HabitKind.HardBraking));
        Assert.Empty(match.Missed);
        Assert.Empty(match.FalsePositives);
    }

    [Theory]
    [MemberData(nameof(Drives))]
    public void LateBraking_MeasuredFromFrames_MatchesTheTruthExactly(string profile, int seed, double rate, NoiseLevel noise)
    {
        if (noise != NoiseLevel.None)
        {
            return; // the reference measures "the last speed maximum" on exact speeds only
        }

        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed, rate, noise));
        var match = FindingMatcher.Match(FrameReference.LateBraking(d), FrameReference.Expected(d, HabitKind.LateBraking));
        Assert.Empty(match.Missed);
        Assert.Empty(match.FalsePositives);
    }

    [Theory]
    [MemberData(nameof(Drives))]
    public void Stops_MeanDecelerationFromFrames_InItsLabelledBucket(string profile, int seed, double rate, NoiseLevel noise)
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed, rate, noise, rate > 100 ? 8 : 15));
        foreach (var stop in d.Truth.Manoeuvres.Where(m => m.Kind == ManoeuvreKind.Stop && m.Description.Contains("km/h", StringComparison.Ordinal)))
        {
            var frames = d.Frames.Where(f => !f.IsPaused && RecordedDrive.Seconds(f) >= stop.StartSeconds && RecordedDrive.Seconds(f) <= stop.EndSeconds + 0.2).ToArray();
            var v0 = frames[0].SpeedMps;
            var stopped = frames.First(f => f.SpeedMps < 2 / 3.6);
            var mean = (v0 - (2 / 3.6)) / (RecordedDrive.Seconds(stopped) - RecordedDrive.Seconds(frames[0]));
            var peak = frames.Max(f => f.LocalAccelerationMps2.Z);
            if (stop.Description.Contains("(good)", StringComparison.Ordinal) || stop.Description.Contains("(gentle)", StringComparison.Ordinal))
            {
                Assert.True(peak < 1.35, $"{stop.Description}: a gentle stop peaked at {peak:F2} m/s²");
                Assert.True(mean < 1.35, $"{stop.Description}: mean {mean:F2}");
            }
            else if (stop.Description.Contains("(late)", StringComparison.Ordinal))
            {
                Assert.InRange(peak, 2.2 - 0.4, 2.25 + 0.4);
                Assert.True(mean < 2.25, $"{stop.Description}: mean {mean:F2}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Drives))]
    public void LaneChanges_DurationAndLateralAccelerationFromFrames_GiveTheLabelledClass(string profile, int seed, double rate, NoiseLevel noise)
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed, rate, noise, rate > 100 ? 8 : 15));
        var lc = HabitOptions.Default.LaneChanges;
        foreach (var spec in d.Simulator.Plan.LaneChanges.Changes)
        {
            var frames = d.Frames.Where(f => !f.IsPaused && RecordedDrive.Seconds(f) >= spec.StartSeconds - 0.5 && RecordedDrive.Seconds(f) <= spec.EndSeconds + 0.5).ToArray();
            var reference = frames[0].Orientation.HeadingTurns * 2 * Math.PI;
            var vLatPeak = frames.Max(f => Math.Abs(f.SpeedMps * Math.Sin((f.Orientation.HeadingTurns * 2 * Math.PI) - reference)));
            var aLatPeak = frames.Max(f => Math.Abs(f.LocalAccelerationMps2.X));
            var teq = 2 * lc.LaneWidthM / vLatPeak;
            var measured = teq < lc.SevereEquivalentSeconds || aLatPeak >= lc.SevereLateralMps2 ? HabitKind.LaneChangeSevere
                : teq < lc.AbruptEquivalentSeconds || aLatPeak >= lc.AbruptLateralMps2 ? HabitKind.LaneChangeAbrupt
                : teq < lc.BriskEquivalentSeconds ? HabitKind.LaneChangeBrisk
                : (HabitKind?)null;
            var expected = d.Truth.ExpectedFindings.SingleOrDefault(f => f.Kind is HabitKind.LaneChangeBrisk or HabitKind.LaneChangeAbrupt or HabitKind.LaneChangeSevere
                && f.StartSeconds >= spec.StartSeconds - 0.01 && f.EndSeconds <= spec.EndSeconds + 0.01);
            Assert.Equal(spec.DurationSeconds, teq, 0.1);
            if (noise != NoiseLevel.High)
            {
                // Raw per-frame a_lat: High noise (bounded ±0.35 m/s²) could cross a class line by itself.
                Assert.Equal(expected?.Kind, measured);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Drives))]
    public void LightsOff_EveryExpectedEpisode_IsMovingWithoutLowBeamInFrames(string profile, int seed, double rate, NoiseLevel noise)
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.FromName(profile), seed, rate, noise, rate > 100 ? 8 : 15));
        foreach (var e in d.Truth.ExpectedFindings.Where(f => f.Kind is HabitKind.LightsOffAtNight or HabitKind.LightsOffAtDusk or HabitKind.LightsOffInRain))
        {
            var inside = d.Frames.Where(f => !f.IsPaused && RecordedDrive.Seconds(f) > e.StartSeconds + 0.2 && RecordedDrive.Seconds(f) < e.EndSeconds - 0.2).ToArray();
            Assert.NotEmpty(inside);
            Assert.All(inside, f =>
            {
                Assert.False(FrameReference.LightsOn(f));
                Assert.True(f.SpeedMps * 3.6 > 5);
                Assert.Equal(e.Kind == HabitKind.LightsOffInRain, f.IsOn(TruckSwitches.Wipers) && (f.GameTimeMinutes % 1440) is >= 360 and < 1230);
            });
        }
    }

    [Fact]
    public void LightsOff_CarefulDriver_LowBeamWheneverRequired()
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.Careful, 1));
        Assert.All(d.Frames.Where(f => f.SpeedMps * 3.6 > 5), f =>
        {
            var minute = f.GameTimeMinutes % 1440;
            if (minute >= 19 * 60 || minute < 7 * 60 || f.IsOn(TruckSwitches.Wipers))
            {
                var wipersSince = d.Frames.Where(g => g.FrameNumber <= f.FrameNumber && !g.IsOn(TruckSwitches.Wipers)).Select(g => RecordedDrive.Seconds(g)).DefaultIfEmpty(0).Max();
                Assert.True(FrameReference.LightsOn(f) || RecordedDrive.Seconds(f) - wipersSince < 14, $"frame {f.FrameNumber} at {minute / 60}:{minute % 60:D2}");
            }
        });
    }

    [Fact]
    public void Indicators_LateSignals_SwitchOnAtTheSpanStartInFrames()
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.Reckless, 1));
        var late = d.Truth.ExpectedFindings.Where(f => f.Kind is HabitKind.IndicatorLate).ToList();
        Assert.NotEmpty(late);
        foreach (var e in late)
        {
            var before = d.Frames.Last(f => RecordedDrive.Seconds(f) < e.StartSeconds - 0.05);
            var after = d.Frames.First(f => RecordedDrive.Seconds(f) > e.StartSeconds + 0.05);
            var blinkers = TruckSwitches.LeftBlinker | TruckSwitches.RightBlinker;
            Assert.NotEqual(before.Switches & blinkers, after.Switches & blinkers);
            Assert.InRange(e.EndSeconds - e.StartSeconds, 1.0, 3.0);
        }
    }
}
