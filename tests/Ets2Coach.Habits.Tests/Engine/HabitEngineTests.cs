using Ets2Coach.Habits.Detectors;
using Ets2Coach.Habits.State;
using Ets2Coach.Habits.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Engine;

public sealed class HabitEngineTests
{
    private static DriveBuilder HardBrakeDrive() => new DriveBuilder(60, 80).Cargo(25_000).Cruise(10).ToSpeed(40, 3).Cruise(20);

    [Fact]
    public void Constructor_InvalidOptions_ThrowsWithEveryProblemOnItsOwnLine()
    {
        var options = HabitOptions.Default with
        {
            Braking = new BrakingOptions { FirmMps2 = -1 },
            Lights = new LightsOptions { RequiredFromMinuteOfDay = 2000 },
        };

        var ex = Assert.Throws<ArgumentException>(() => new HabitEngine(options, () => TelemetryConfiguration.Empty));

        Assert.Contains("Braking.FirmMps2 must be a positive number", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Lights.RequiredFromMinuteOfDay must be a minute of the day", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Split('\n').Length >= 3);
    }

    [Fact]
    public void Constructor_DefaultOptions_AreValid()
    {
        Assert.Empty(HabitOptions.Default.Validate());
    }

    [Fact]
    public void Validate_WeightsNotSummingTo100_IsReported()
    {
        var options = HabitOptions.Default with { Scoring = new ScoringOptions { WeightsPercent = [50, 50, 50, 0, 0, 0, 0] } };

        Assert.Contains(options.Validate(), p => p.Contains("sum to 100", StringComparison.Ordinal));
    }

    [Fact]
    public void FindingReported_RaisedLiveAsEachIsDecided()
    {
        var drive = HardBrakeDrive().Build();
        var engine = new HabitEngine(HabitOptions.Default, () => drive.Configuration);
        var live = new List<(HabitEvent Finding, long AtFrame)>();
        engine.FindingReported += (_, f) => live.Add((f, engine.Frames));

        drive.Feed(engine);
        var beforeComplete = live.Count;
        engine.Complete();

        Assert.Equal(2, beforeComplete); // hard braking, then following too close, both before the end
        Assert.Equal(engine.Findings, live.Select(l => l.Finding));
        Assert.True(live[0].AtFrame < drive.Frames.Count);
    }

    [Fact]
    public void Complete_CalledTwice_ReportsOpenEpisodesOnce()
    {
        // Ends while still stopped on a fast road: the stop is decided at Complete.
        var drive = new DriveBuilder(60, 80).Cruise(10).ToSpeed(0, 1.2).Stand(40).Build();
        var engine = new HabitEngine(HabitOptions.Default, () => drive.Configuration);
        drive.Feed(engine);
        Assert.Empty(engine.Findings);

        engine.Complete();
        engine.Complete();

        Assert.Single(engine.Findings);
    }

    [Fact]
    public void ThrowingDetector_IsDisabledAndReported_OthersGoOn()
    {
        var drive = HardBrakeDrive().Build();
        var engine = new HabitEngine(HabitOptions.Default, () => drive.Configuration, c => [new ThrowingDetector(c, 100)]);

        drive.Feed(engine);
        engine.Complete();

        var disabled = Assert.Single(engine.DisabledDetectors);
        Assert.Equal("Throwing", disabled.Name);
        Assert.Equal("InvalidOperationException: boom on frame 100 second line", disabled.Reason);
        Assert.Contains(engine.Findings, f => f.Kind == HabitKind.HardBraking);
        Assert.Contains(engine.DetectorStatuses, d => d.Name == "Throwing" && !d.Enabled);
    }

    [Fact]
    public void ThrowingDetector_OnEvent_IsDisabledToo()
    {
        var drive = HardBrakeDrive().Fine(Offence.RedSignal, "red_signal").Cruise(5).Build();
        var engine = new HabitEngine(HabitOptions.Default, () => drive.Configuration, c => [new ThrowingDetector(c, long.MaxValue)]);

        drive.Feed(engine);
        engine.Complete();

        Assert.Single(engine.DisabledDetectors);
        Assert.Contains(engine.Findings, f => f.Kind == HabitKind.GameFine);
    }

    [Fact]
    public void Distance_IsThePathDriven()
    {
        var engine = new DriveBuilder(60, 72).Cruise(100).Build().Run();

        Assert.InRange(engine.DistanceKm, 1.99, 2.01);
        Assert.InRange(engine.DurationSeconds, 99.9, 100.1);
    }

    private sealed class ThrowingDetector(DetectorContext context, long throwAtFrame) : DetectorBase(context)
    {
        public override string Name => "Throwing";

        public override Signals RequiredSignals => Signals.Speed;

        public override void OnEvent(in TelemetryEvent telemetryEvent)
        {
            if (telemetryEvent.Kind == TelemetryEventKind.PlayerFined)
            {
                throw new InvalidOperationException("boom on a fine");
            }
        }

        public override void OnFrame()
        {
            if (S.Frames == throwAtFrame)
            {
                throw new InvalidOperationException("boom on frame 100\nsecond line");
            }
        }
    }
}
