using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

public class OptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(new SimulationOptions().Validate());

    [Theory]
    [InlineData(10)]
    [InlineData(1001)]
    [InlineData(double.NaN)]
    public void Validate_RateOutsideRange_NamesTheRate(double rate)
    {
        var errors = new SimulationOptions { RateHz = rate }.Validate();
        var error = Assert.Single(errors);
        Assert.Contains("RateHz", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Validate_SeveralProblems_OneLineEach()
    {
        var errors = new SimulationOptions { GameId = "fs22", DurationMinutes = 1, LaneWidthM = 9, AbsentChannels = (TelemetryChannels)(1UL << 60) }.Validate();
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsOneLineArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => new DriveSimulator(new SimulationOptions { RateHz = 5 }));
        Assert.Contains("RateHz", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("careful")]
    [InlineData("Average")]
    [InlineData(" RECKLESS ")]
    public void FromName_PresetName_ReturnsThatPreset(string name) =>
        Assert.Equal(name.Trim().ToLowerInvariant(), DriverProfile.FromName(name).Name);

    [Fact]
    public void FromName_UnknownName_SaysWhatIsAllowed()
    {
        var e = Assert.Throws<ArgumentException>(() => DriverProfile.FromName("speedy"));
        Assert.Contains("careful, average or reckless", e.Message, StringComparison.Ordinal);
        Assert.False(DriverProfile.TryFromName("speedy", out _));
    }

    [Fact]
    public void LocalScale_PerGame_NineteenOrTwenty()
    {
        Assert.Equal(19, new SimulationOptions { GameId = "eut2" }.LocalScale);
        Assert.Equal(20, new SimulationOptions { GameId = "ats" }.LocalScale);
    }
}
