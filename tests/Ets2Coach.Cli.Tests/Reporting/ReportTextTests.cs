using Ets2Coach.Coaching;
using Ets2Coach.Habits;
using Ets2Coach.Reporting;
using Ets2Coach.Simulator;

namespace Ets2Coach.Cli.Tests.Reporting;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(59.99, "00:59")]
    [InlineData(191.5, "03:11")]
    [InlineData(3725, "1:02:05")]
    [InlineData(-3, "00:00")]
    public void Clock_Seconds_MinutesAndSecondsOfTheGameClock(double seconds, string expected) =>
        Assert.Equal(expected, ReportText.Clock(seconds));

    [Fact]
    public void Measurement_ValueThresholdAndDetail()
    {
        var finding = Finding(HabitKind.LateBraking, 2.1234, 1.5, "m/s²", "from 35 km/h, peak 2.2 m/s²");

        Assert.Equal("2.1 m/s² (threshold 1.5): from 35 km/h, peak 2.2 m/s²", ReportText.Measurement(finding));
    }

    [Fact]
    public void Measurement_FineWithoutThreshold_AmountAndOffence() =>
        Assert.Equal("€800: crash", ReportText.Measurement(Finding(HabitKind.Collision, 800, 0, "€", "crash")));

    [Fact]
    public void Measurement_NoUnit_DetailOnly() =>
        Assert.Equal("lane change left with the opposite indicator on", ReportText.Measurement(Finding(HabitKind.IndicatorWrongSide, 0, 0, "", "lane change left with the opposite indicator on")));

    [Fact]
    public void SimulatedDrive_DescribeThenParse_SameOptions()
    {
        var options = new SimulationOptions { Profile = DriverProfile.Reckless, Seed = -42, DurationMinutes = 7.5, RateHz = 333.3, Noise = NoiseLevel.High, GameId = "ats" };

        Assert.True(SimulatedDrive.TryParse(SimulatedDrive.Describe(options), out var parsed));
        Assert.Equal(options, parsed);
    }

    [Theory]
    [InlineData("live")]
    [InlineData("csv:drive.csv")]
    [InlineData("simulator:profile=wild;seed=1")]
    [InlineData("simulator:profile=average;seed=1;minutes=1")] // shorter than any simulated drive
    [InlineData("simulator:profile=average;colour=red")]
    [InlineData(null)]
    public void SimulatedDrive_OtherSources_NotSimulated(string? source) =>
        Assert.False(SimulatedDrive.TryParse(source, out _));

    private static HabitEvent Finding(HabitKind kind, double measured, double threshold, string unit, string detail) => new()
    {
        Kind = kind,
        Severity = Severity.Minor,
        StartSeconds = 10,
        EndSeconds = 12,
        MeasuredValue = measured,
        Threshold = threshold,
        Unit = unit,
        Detail = detail,
    };
}
