using System.CommandLine;
using System.Text.Json;
using Ets2Coach.Commands;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Cli.Tests.Commands;

public sealed class TelemetryCommandTests
{
    [Theory]
    [InlineData("telemetry", "--count", "abc")]
    [InlineData("telemetry", "--count", "0")]
    [InlineData("telemetry", "--timeout", "-1")]
    [InlineData("telemetry", "--timeout", "soon")]
    [InlineData("telemetry", "--name", "../etc/passwd")]
    [InlineData("telemetry", "--jsn")]
    [InlineData("telemtry")]
    public async Task Invoke_GarbageArguments_ParseErrorExitCode1(params string[] args)
    {
        var (code, _, error) = await Invoke(args);

        Assert.Equal(ExitCodes.ParseError, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_NoGame_ClearOneLineErrorAndExitCode2()
    {
        var name = TestBlockWriter.UniqueName("e2c-cli");

        var (code, output, error) = await Invoke("telemetry", "--json", "--timeout", "0.3", "--name", name);

        Assert.Equal(ExitCodes.NoGame, code);
        Assert.Equal($"No Ets2Coach plugin is publishing '{name}': is the game running with the plugin installed? See docs/install.md", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public async Task Invoke_FaultedHeader_PrintsItsErrorAndExitCode3()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the test writer publishes under /dev/shm
        }

        var name = TestBlockWriter.UniqueName("e2c-cli");
        using var writer = TestBlockWriter.CreateShm(name);
        writer.PokeU32(TestBlockWriter.At.LayoutVersion, 9);

        var (code, _, error) = await Invoke("telemetry", "--json", "--timeout", "5", "--name", name);

        Assert.Equal(ExitCodes.Faulted, code);
        Assert.Contains("'layout_version' is 9", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Invoke_Json_PrintsEventsBeforeTheirFramesThenSummary()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var name = TestBlockWriter.UniqueName("e2c-cli");
        using var writer = TestBlockWriter.CreateShm(name);
        writer.PublishEvent(TelemetryEvent.ForState(0, 0, 0, TelemetryEventKind.Started));
        writer.PublishFrame(Frame(speedMps: 22.5f, TelemetryChannels.All & ~TelemetryChannels.LocalScale));
        writer.PublishEvent(TelemetryEvent.ForFine(0, 0, 0, "speeding", Offence.Speeding, 350));
        writer.PublishFrame(Frame(speedMps: 23.25f, TelemetryChannels.WorldPlacement | TelemetryChannels.LowBeam));
        writer.PublishFrame(Frame(speedMps: 24f, TelemetryChannels.All));
        writer.PublishFrame(Frame(speedMps: 25f, TelemetryChannels.All)); // beyond --count

        var (code, output, error) = await Invoke("telemetry", "--json", "--count", "3", "--timeout", "10", "--name", name);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        var lines = output.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(6, lines.Length);

        Assert.Equal(("started", 1UL, 1UL), (lines[0].GetProperty("event").GetString(), lines[0].GetProperty("eventNumber").GetUInt64(), lines[0].GetProperty("frameNumber").GetUInt64()));

        var first = lines[1];
        Assert.Equal(1UL, first.GetProperty("frameNumber").GetUInt64());
        Assert.Equal(22.5f, first.GetProperty("speedMps").GetSingle());
        Assert.Equal(10_000.5, first.GetProperty("positionXMetres").GetDouble());
        Assert.Equal(-22.5f, first.GetProperty("localVelocityZMps").GetSingle());
        Assert.Equal(10, first.GetProperty("displayedGear").GetInt32());
        Assert.True(first.GetProperty("lowBeam").GetBoolean());
        Assert.False(first.GetProperty("leftBlinker").GetBoolean());
        Assert.False(first.TryGetProperty("localScale", out _)); // absent channel: omitted, not 0

        var fine = lines[2];
        Assert.Equal(("playerFined", 2UL, 350L, "speeding"), (fine.GetProperty("event").GetString(), fine.GetProperty("frameNumber").GetUInt64(), fine.GetProperty("amount").GetInt64(), fine.GetProperty("offence").GetString()));

        var sparse = lines[3];
        Assert.Equal(2UL, sparse.GetProperty("frameNumber").GetUInt64());
        Assert.True(sparse.TryGetProperty("positionZMetres", out _));
        Assert.False(sparse.TryGetProperty("speedMps", out _));
        Assert.False(sparse.TryGetProperty("leftBlinker", out _));
        Assert.True(sparse.GetProperty("lowBeam").GetBoolean());

        Assert.Equal(3UL, lines[4].GetProperty("frameNumber").GetUInt64());

        var summary = lines[5].GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("framesRead").GetInt64());
        Assert.Equal(2, summary.GetProperty("eventsRead").GetInt64());
        Assert.Equal(0, summary.GetProperty("framesLost").GetInt64());
        Assert.Equal(0, summary.GetProperty("writerRestarts").GetInt32());
        Assert.Equal("eut2", summary.GetProperty("game").GetString());
        Assert.Equal("0.1", summary.GetProperty("plugin").GetString());
        Assert.Equal("1.18", summary.GetProperty("gameSchema").GetString());
    }

    [Fact]
    public async Task Invoke_WithoutJson_PrintsStatusLine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var name = TestBlockWriter.UniqueName("e2c-cli");
        using var writer = TestBlockWriter.CreateShm(name);
        for (var i = 0; i < 3; i++)
        {
            writer.PublishFrame(Frame(speedMps: 25f, TelemetryChannels.All));
        }

        var (code, output, _) = await Invoke("telemetry", "--count", "3", "--timeout", "10", "--name", name);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("connected", output, StringComparison.Ordinal);
        Assert.Contains("frames 3", output, StringComparison.Ordinal);
        Assert.Contains("speed 90.0 km/h", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLines_TenThousandFrames_AllocateNothingPerFrame()
    {
        using var lines = new TelemetryJsonLines(TextWriter.Null);
        var frame = Frame(speedMps: 25f, TelemetryChannels.All);
        for (var i = 0; i < 2_000; i++)
        {
            lines.OnFrame(in frame);
        }

        lines.Flush();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            lines.OnFrame(in frame);
        }

        lines.Flush();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void JsonLines_NonFiniteValue_WrittenAsNull()
    {
        using var text = new StringWriter();
        using var lines = new TelemetryJsonLines(text);

        lines.OnFrame(Frame(speedMps: float.NaN, TelemetryChannels.Speed));
        lines.Flush();

        var frame = JsonDocument.Parse(text.ToString()).RootElement;
        Assert.Equal(JsonValueKind.Null, frame.GetProperty("speedMps").ValueKind);
    }

    private static TelemetryFrame Frame(float speedMps, TelemetryChannels present) => new()
    {
        ChannelsPresent = present,
        SpeedMps = speedMps,
        Position = new WorldPosition(10_000.5, 52.25, -30_000.125),
        LocalVelocityMps = new System.Numerics.Vector3(0, 0, -speedMps),
        DisplayedGear = 10,
        EngineRpm = 1400,
        Switches = TruckSwitches.LowBeam,
    };

    private static async Task<(int Code, string Output, string Error)> Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.BuildRootCommand().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
