using Ets2Coach.Simulator;
using Xunit.Abstractions;

namespace Ets2Coach.Habits.Tests.Suite;

/// <summary>
/// One simulated drive sampled at 20 Hz, 60 Hz and 1 kHz gives the same findings: same kinds and
/// severities, and times within one frame period of the slowest rate (50 ms). Allowance: times taken
/// from the 10 Hz path history (lane changes, POI approaches) are interpolated on that grid and may move
/// by a further sample (0.1 s) where a signal crossing falls between samples differently. With sensor
/// noise the noise itself is sampled differently at each rate, so a threshold crossing on a slow ramp
/// moves by about σ / slope (0.2 s for 0.02 m/s of speed noise on a 0.1 m/s² ramp): the noisy drive
/// must give the same kinds and severities with times within 0.5 s.
/// </summary>
public sealed class RateIndependenceSuiteTests(ITestOutputHelper output)
{
    private const double FrameSeconds = 0.05;
    private const double HistoryAllowanceSeconds = 0.1;
    private const double NoisyToleranceSeconds = 0.5;

    [Theory]
    [InlineData(21, "reckless", NoiseLevel.None)]
    [InlineData(22, "average", NoiseLevel.None)]
    [InlineData(23, "reckless", NoiseLevel.High)]
    public void Findings_SameDriveAt20And60And1000Hz_AreTheSame(int seed, string profile, NoiseLevel noise)
    {
        SuiteRunner.Result At(double hz) => SuiteRunner.Run(new SimulationOptions
        {
            Seed = seed, Profile = DriverProfile.FromName(profile), Noise = noise, DurationMinutes = 10, RateHz = hz,
        });

        var slow = At(20).Engine.Findings;
        var mid = At(60).Engine.Findings;
        var fast = At(1000).Engine.Findings;
        output.WriteLine($"{slow.Count} findings at 20 Hz, {mid.Count} at 60 Hz, {fast.Count} at 1 kHz");
        Assert.True(slow.Count >= 5);

        foreach (var (name, other) in new[] { ("60 Hz", mid), ("1 kHz", fast) })
        {
            Assert.Equal(slow.Select(f => (f.Kind, f.Severity)).Order(), other.Select(f => (f.Kind, f.Severity)).Order());
            foreach (var f in slow)
            {
                var tolerance = noise != NoiseLevel.None ? NoisyToleranceSeconds
                    : FrameSeconds + (UsesHistory(f.Kind) ? HistoryAllowanceSeconds : 0) + 1e-6;
                var partner = other.Where(o => o.Kind == f.Kind && o.Severity == f.Severity).MinBy(o => Math.Abs(o.StartSeconds - f.StartSeconds))!;
                output.WriteLine($"{name} {f.Kind} start Δ {partner.StartSeconds - f.StartSeconds:+0.000;-0.000} s, end Δ {partner.EndSeconds - f.EndSeconds:+0.000;-0.000} s");
                Assert.InRange(partner.StartSeconds - f.StartSeconds, -tolerance, tolerance);
                Assert.InRange(partner.EndSeconds - f.EndSeconds, -tolerance, tolerance);
            }
        }
    }

    private static bool UsesHistory(HabitKind kind) => kind is HabitKind.LaneChangeBrisk or HabitKind.LaneChangeAbrupt or HabitKind.LaneChangeSevere
        or HabitKind.Weaving or HabitKind.IndicatorLate or HabitKind.IndicatorVeryLate or HabitKind.IndicatorMissing or HabitKind.IndicatorWrongSide
        or HabitKind.IndicatorNotCancelled or HabitKind.TollApproachTooFast or HabitKind.YardApproachTooFast;
}
