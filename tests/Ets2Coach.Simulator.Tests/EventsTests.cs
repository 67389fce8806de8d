using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

public class EventsTests
{
    private static RecordedDrive Find(Func<RecordedDrive, bool> wanted)
    {
        foreach (var profile in DriverProfile.Presets)
        {
            foreach (var seed in new[] { 1, 2, 3, 4, 5, 6 })
            {
                var d = TestDrives.Record(TestDrives.Options(profile, seed));
                if (wanted(d))
                {
                    return d;
                }
            }
        }

        throw new InvalidOperationException("no such drive among the presets and seeds 1–6");
    }

    private static TelemetryFrame FrameOf(RecordedDrive d, in TelemetryEvent e) => d.Frames[(int)e.FrameNumber - 1];

    [Fact]
    public void Events_FirstFrame_CarriesTheConfiguration()
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.Careful, 1));
        var first = d.Events.Where(e => e.FrameNumber == 1).ToArray();
        Assert.Equal([ConfigurationGroup.Controls, ConfigurationGroup.Truck, ConfigurationGroup.Trailer0, ConfigurationGroup.Job], first.Select(e => e.ConfigurationGroup));
        Assert.Equal((1UL, d.Simulator.InitialConfiguration), d.Configurations[0]);
        Assert.Equal(d.Simulator.TotalMassKg - 15_000, d.Simulator.InitialConfiguration.Job!.CargoMassKg!.Value, 3);
    }

    [Fact]
    public void Events_JobDelivered_AtTheBayThenTheJobClears()
    {
        var d = TestDrives.Record(TestDrives.Options(DriverProfile.Average, 2));
        var delivered = Assert.Single(d.Events, e => e.Kind == TelemetryEventKind.JobDelivered);
        Assert.Equal(0, FrameOf(d, delivered).SpeedMps);
        var cleared = Assert.Single(d.Events, e => e.Kind == TelemetryEventKind.Configuration && e.ConfigurationGroup == ConfigurationGroup.Job && e.AttributeCount == 0);
        Assert.True(cleared.EventNumber > delivered.EventNumber);
        Assert.Null(d.Configurations[^1].Configuration.Job);
    }

    [Fact]
    public void Events_TollgatePaid_WhileStandingAtTheBooth()
    {
        var d = Find(x => x.Events.Any(e => e.Kind == TelemetryEventKind.TollgatePaid));
        var toll = d.Events.First(e => e.Kind == TelemetryEventKind.TollgatePaid);
        Assert.Equal(0, FrameOf(d, toll).SpeedMps);
        Assert.True(toll.Amount > 0);
    }

    [Fact]
    public void ServiceArea_FuelRisesMoreThanFiveLitresWhileStopped()
    {
        var d = Find(x => x.Truth.Manoeuvres.Any(m => m.Kind == ManoeuvreKind.ServiceArea));
        var area = d.Truth.Manoeuvres.First(m => m.Kind == ManoeuvreKind.ServiceArea);
        var inside = d.Frames.Where(f => RecordedDrive.Seconds(f) >= area.StartSeconds && RecordedDrive.Seconds(f) <= area.EndSeconds).ToArray();
        var standing = inside.Where(f => f.SpeedMps == 0).ToArray();
        Assert.True(standing.Max(f => f.FuelAmountL) - standing.Min(f => f.FuelAmountL) > 5);
        Assert.Equal(0, inside.First(f => f.FuelAmountL == standing.Max(g => g.FuelAmountL)).SpeedMps);
    }

    [Fact]
    public void Ferry_PositionJumpsWhileStandingAfterTheFerryEvent()
    {
        var d = Find(x => x.Events.Any(e => e.Kind == TelemetryEventKind.FerryUsed));
        var ferry = d.Events.First(e => e.Kind == TelemetryEventKind.FerryUsed);
        Assert.False(string.IsNullOrEmpty(ferry.SourceName));
        var jumps = 0;
        for (var i = 1; i < d.Frames.Length; i++)
        {
            var (a, b) = (d.Frames[i - 1], d.Frames[i]);
            var dx = b.Position.XMetres - a.Position.XMetres;
            var dz = b.Position.ZMetres - a.Position.ZMetres;
            if (Math.Sqrt((dx * dx) + (dz * dz)) > 1000)
            {
                jumps++;
                Assert.True(b.FrameNumber > ferry.FrameNumber);
                Assert.Equal(0, a.SpeedMps);
                Assert.Equal(0, b.SpeedMps);
            }
        }

        Assert.Equal(1, jumps);
    }

    [Fact]
    public void Pause_FreezesTheCoachClockAndChannelsAndIsAnnounced()
    {
        var d = Find(x => x.Events.Any(e => e.Kind == TelemetryEventKind.Paused));
        var paused = d.Events.First(e => e.Kind == TelemetryEventKind.Paused);
        var started = d.Events.First(e => e.Kind == TelemetryEventKind.Started && e.EventNumber > paused.EventNumber);
        var during = d.Frames.Where(f => f.FrameNumber >= paused.FrameNumber && f.FrameNumber < started.FrameNumber).ToArray();
        Assert.True(during.Length > 20);
        Assert.All(during, f =>
        {
            Assert.True(f.IsPaused);
            Assert.Equal(during[0].PausedSimulationTimeUs, f.PausedSimulationTimeUs);
            Assert.Equal(during[0].Position, f.Position);
            Assert.Equal(during[0].SpeedMps, f.SpeedMps);
        });
        Assert.True(during[^1].SimulationTimeUs > during[0].SimulationTimeUs + 3_000_000);
        var after = d.Frames[(int)started.FrameNumber - 1];
        Assert.False(after.IsPaused);
        Assert.InRange((long)after.PausedSimulationTimeUs - (long)during[0].PausedSimulationTimeUs, 0, 100_000);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pauses_MenuWhileRollingExpectedExactlyWhenPausedAbove5Kmh(bool rolling)
    {
        var d = Find(x => x.Truth.Manoeuvres.Any(m => m.Kind == ManoeuvreKind.Pause && m.ExpectedFindings.Count > 0 == rolling));
        var checkedPauses = 0;
        foreach (var e in d.Events.Where(e => e.Kind == TelemetryEventKind.Paused))
        {
            var before = d.Frames[(int)e.FrameNumber - 2];
            var pause = d.Truth.Manoeuvres.Where(m => m.Kind == ManoeuvreKind.Pause).MinBy(m => Math.Abs(m.StartSeconds - RecordedDrive.Seconds(before)))!;
            Assert.Equal(before.SpeedMps * 3.6 > 5, pause.ExpectedFindings.Any(f => f.Kind == Habits.HabitKind.MenuWhileRolling));
            checkedPauses++;
        }

        Assert.True(checkedPauses > 0);
    }

    [Fact]
    public void AbsentChannels_BitsNeverSetAndTheirFindingsNotExpected()
    {
        const TelemetryChannels absent = TelemetryChannels.NavigationSpeedLimit | TelemetryChannels.Wipers | TelemetryChannels.LeftBlinker | TelemetryChannels.LocalAcceleration;
        var options = TestDrives.Options(DriverProfile.Reckless, 2, minutes: 8) with { AbsentChannels = absent };
        var d = TestDrives.Play(new DriveSimulator(options));
        Assert.All(d.Frames, f =>
        {
            Assert.Equal(TelemetryChannels.None, f.ChannelsPresent & absent);
            Assert.False(f.IsOn(TruckSwitches.LeftBlinker));
            Assert.False(f.IsOn(TruckSwitches.Wipers));
        });
        var full = new DriveSimulator(options with { AbsentChannels = TelemetryChannels.None });
        Assert.DoesNotContain(d.Truth.ExpectedFindings, f => f.Kind is Habits.HabitKind.LimitDropLate or Habits.HabitKind.LimitDropMissed or Habits.HabitKind.Speeding
            or Habits.HabitKind.HarshCornering or Habits.HabitKind.LightsOffInRain or Habits.HabitKind.IndicatorMissing);
        Assert.True(full.GroundTruth.ExpectedFindings.Count > d.Truth.ExpectedFindings.Count);
    }
}
