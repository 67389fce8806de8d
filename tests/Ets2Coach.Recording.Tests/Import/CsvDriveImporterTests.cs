using Ets2Coach.Recording.Import;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Import;

public sealed class CsvDriveImporterTests
{
    private static readonly string s_sample = Path.Combine(AppContext.BaseDirectory, "Samples", "job-logger-export.csv");

    [Fact]
    public async Task ImportAsync_SampleWithMissingColumns_GivesFramesWithThoseChannelsAbsent()
    {
        var (result, frames) = await ImportAsync(File.ReadAllText(s_sample));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(7, result.RowsRead);
        Assert.Equal(2, result.RowsSkipped); // 'abc' speed, and time going back to 101.2
        Assert.Equal(5, frames.Count);
        Assert.Equal([1UL, 2, 3, 4, 5], frames.Select(f => f.FrameNumber));
        Assert.Equal([0UL, 500_000, 1_000_000, 1_500_000, 2_500_000], frames.Select(f => f.SimulationTimeUs));
        Assert.All(frames, f => Assert.False(f.Has(TelemetryChannels.LocalAcceleration)));
        Assert.All(frames, f => Assert.False(f.Has(TelemetryChannels.InputBrake)));
        Assert.All(frames, f => Assert.False(f.Has(TelemetryChannels.HighBeam)));
        Assert.All(frames, f => Assert.True(f.Has(TelemetryChannels.WorldPlacement | TelemetryChannels.LowBeam | TelemetryChannels.EngineRpm | TelemetryChannels.EngineGear)));
        Assert.Equal(2f, frames[1].SpeedMps, 5); // 7.2 km/h
        Assert.False(frames[3].Has(TelemetryChannels.Speed)); // empty cell: absent, not zero
        Assert.True(frames[2].IsOn(TruckSwitches.LeftBlinker));
        Assert.False(frames[4].IsOn(TruckSwitches.LowBeam));
        Assert.Equal(0.25f, frames[0].Orientation.HeadingTurns);
        Assert.Equal(-2000.25, frames[0].Position.ZMetres);
        Assert.Contains(result.IgnoredColumns, c => c == "note");
    }

    [Fact]
    public async Task ImportAsync_SkipPolicy_WarnsWithLineNumbers()
    {
        var (result, _) = await ImportAsync(File.ReadAllText(s_sample));

        Assert.Contains("line 7: Speed (km/h): 'abc' is not a valid number; row skipped", result.Warnings);
        Assert.Contains(result.Warnings, w => w.StartsWith("line 8: time 101.2 s is not after the previous row's 101.5 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_FailPolicy_StopsAtTheFirstBadRowNamingIt()
    {
        var (result, _) = await ImportAsync(File.ReadAllText(s_sample), new CsvImportOptions { BadRows = CsvBadRowPolicy.Fail });

        Assert.False(result.Succeeded);
        Assert.Equal("sample.csv: line 7: Speed (km/h): 'abc' is not a valid number", result.Error);
    }

    [Fact]
    public async Task ImportAsync_NoTimeColumn_FailsWithOneLine()
    {
        var (result, _) = await ImportAsync("speed_kmh,rpm\n10,900\n");

        Assert.Equal("sample.csv: no time column; name one time_s (seconds) or time_ms (see docs/recording-format.md)", result.Error);
    }

    [Fact]
    public async Task ImportAsync_AliasesAndCompoundChannels_NeedEveryRequiredPart()
    {
        var csv = "time_ms,truck.speed.value,accel_long_mps2,brake_pct,truck.blinkerLeftOn\n0,10,-1.5,50,true\n100,9.9,-1.5,50,false\n";

        var (result, frames) = await ImportAsync(csv);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(100_000UL, frames[1].SimulationTimeUs);
        Assert.Equal(10f, frames[0].SpeedMps);
        Assert.Equal(0.5f, frames[0].InputBrake);
        Assert.False(frames[0].Has(TelemetryChannels.LocalAcceleration)); // lateral missing
        Assert.True(frames[0].IsOn(TruckSwitches.LeftBlinker) && frames[0].Has(TelemetryChannels.LeftBlinker));
        Assert.False(frames[1].IsOn(TruckSwitches.LeftBlinker));
    }

    [Fact]
    public async Task ImportAsync_SpeedWithoutUnit_IsNotGuessed()
    {
        var (result, frames) = await ImportAsync("time_s,speed,truck.speed\n0,10,10\n");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["speed", "truck.speed"], result.IgnoredColumns);
        Assert.False(frames[0].Has(TelemetryChannels.Speed));
    }

    [Fact]
    public async Task ImportAsync_FixedRate_HoldsTheLatestRowAtEachFrameTime()
    {
        var csv = "time_s,speed_mps\n0,1\n1,2\n";

        var (result, frames) = await ImportAsync(csv, new CsvImportOptions { FrameRateHz = 4 });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([1f, 1, 1, 1, 2], frames.Select(f => f.SpeedMps));
        Assert.Equal([0UL, 250_000, 500_000, 750_000, 1_000_000], frames.Select(f => f.SimulationTimeUs));
    }

    private static async Task<(CsvImportResult Result, List<TelemetryFrame> Frames)> ImportAsync(string csv, CsvImportOptions? options = null)
    {
        var output = new KeepOpenMemoryStream();
        var result = await CsvDriveImporter.ImportAsync(new StringReader(csv), "sample.csv", output, options);
        var frames = new List<TelemetryFrame>();
        if (result.Succeeded)
        {
            using var source = Drives.Open(output.ToArray());
            frames.AddRange(Drives.Replay(source).Where(i => i.Kind == StreamItemKind.Frame).Select(i => i.Frame));
            Assert.Equal("csv:sample.csv", source.Header.Source);
        }

        return (result, frames);
    }
}
