using Ets2Coach.Habits.Tests.Support;

namespace Ets2Coach.Habits.Tests.Engine;

/// <summary>The per-frame path allocates nothing (findings, which are rare, may).</summary>
public sealed class AllocationTests
{
    [Fact]
    public void OnFrame_LongDriveWithManoeuvres_AllocatesZeroBytesPerFrame()
    {
        // Warm-up and measured drives do the same manoeuvres, none of which produces a finding.
        static Drive Build(int laps)
        {
            var b = new DriveBuilder(60, 80).Cargo(20_000);
            for (var i = 0; i < laps; i++)
            {
                b.Cruise(20).Blinker(1).Cruise(4).LaneChange(1, 6).Blinker(0).Cruise(25).Blinker(-1).Cruise(4).LaneChange(-1, 6).Blinker(0)
                    .Curve(40, 500, 3).Cruise(10).BrakeSmooth(50, 0.6).Limit(50).Cruise(20).Limit(90).ToSpeed(80, 0.5);
            }

            return b.Build();
        }

        var warm = Build(6);
        var drive = Build(20);
        var engine = new HabitEngine(HabitOptions.Default, () => drive.Configuration);
        warm.Feed(engine);
        var frames = drive.Frames.ToArray();
        var start = (ulong)(warm.Frames[^1].PausedSimulationTimeUs + 16_667);

        // Continue the clock from the warm-up so the measured drive is one continuous drive.
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = frames[i] with { PausedSimulationTimeUs = frames[i].PausedSimulationTimeUs + start };
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < frames.Length; i++)
        {
            engine.OnFrame(frames[i]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(frames.Length > 50_000);
        Assert.Empty(engine.Findings);
        Assert.Equal(0, allocated);
    }
}
