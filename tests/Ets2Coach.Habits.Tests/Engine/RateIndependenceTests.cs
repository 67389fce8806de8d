using Ets2Coach.Habits.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Engine;

/// <summary>The same hand-built drive sampled at 20 Hz, 60 Hz and 1 kHz gives the same findings.</summary>
public sealed class RateIndependenceTests
{
    private static Drive Build(double rateHz) => new DriveBuilder(rateHz, 85).Cargo(25_000)
        .Cruise(20).LaneChange(1, 2.6).Cruise(30)                                 // severe, missing indicator
        .Blinker(-1).Cruise(1.8).LaneChange(-1, 3.6).Blinker(0).Cruise(30)        // brisk, late indicator
        .ToSpeed(60, 2.9).Cruise(20)                                             // hard braking + following too close
        .Limit(50).ToSpeed(55, 0.9).Cruise(20)                                   // limit drop missed
        .ToSpeed(0, 2.1).Stand(25)                                               // late braking, stopped in lane (limit 50: no)
        .ToSpeed(40, 1).GameTime(22, 0).Switch(TruckSwitches.LowBeam, false).Cruise(40).Switch(TruckSwitches.LowBeam, true)
        .Fine(Offence.RedSignal, "red_signal").Cruise(5)
        .Build();

    [Fact]
    public void Findings_At20And60And1000Hz_AreTheSame()
    {
        var slow = Build(20).Run().Findings;
        var mid = Build(60).Run().Findings;
        var fast = Build(1000).Run().Findings;

        Assert.True(slow.Count >= 8);
        foreach (var other in new[] { mid, fast })
        {
            Assert.Equal(slow.Select(f => (f.Kind, f.Severity)).Order(), other.Select(f => (f.Kind, f.Severity)).Order());
            foreach (var f in slow)
            {
                // Within one frame period of the slowest rate (plus the 1 kHz builder's own rounding).
                Assert.Contains(other, o => o.Kind == f.Kind && Math.Abs(o.StartSeconds - f.StartSeconds) <= 0.05 + 1e-3 && Math.Abs(o.EndSeconds - f.EndSeconds) <= 0.05 + 1e-3);
            }
        }
    }
}
