using Ets2Coach.Cli.Tests.Support;
using Ets2Coach.Commands;
using Ets2Coach.Demo;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Reporting;
using Ets2Coach.Simulator;

namespace Ets2Coach.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Parse_NoArguments_TheReadmeDemo()
    {
        var settings = await ParseAsync();

        // A 15-minute average practice drive, seed 1, 60 Hz, ×15 (about a minute), recorded to the data folder.
        Assert.Equal(new DemoSettings(), settings);
        Assert.Equal((DriverProfile.Average, 1, 60.0, 15.0, 15.0, NoiseLevel.Low), (settings.Profile, settings.Seed, settings.RateHz, settings.Minutes, settings.Speedup, settings.Noise));
        Assert.True(settings.Record);
        Assert.Null(settings.OutDirectory);
        Assert.False(settings.Json);
    }

    [Fact]
    public async Task Parse_EveryOption_Taken()
    {
        var settings = await ParseAsync("--profile", "reckless", "--seed", "-7", "--rate", "1000", "--minutes", "3", "--speedup", "0",
            "--noise", "none", "--no-record", "--out", "/tmp/drives", "--json");

        Assert.Equal(new DemoSettings
        {
            Profile = DriverProfile.Reckless, Seed = -7, RateHz = 1000, Minutes = 3, Speedup = 0, Noise = NoiseLevel.None,
            Record = false, OutDirectory = "/tmp/drives", Json = true,
        }, settings);
    }

    [Theory]
    [InlineData("--rate", "19.9", "--rate must be a number of frames per second from 20 to 1000.")]
    [InlineData("--rate", "1001", "--rate must be a number of frames per second from 20 to 1000.")]
    [InlineData("--rate", "fast", "--rate must be a number of frames per second from 20 to 1000.")]
    [InlineData("--minutes", "2", "--minutes must be a number of minutes from 3 to 240.")]
    [InlineData("--speedup", "-1", "--speedup must be a number from 0 (as fast as possible) to 10000.")]
    [InlineData("--speedup", "NaN", "--speedup must be a number from 0 (as fast as possible) to 10000.")]
    [InlineData("--seed", "one", "--seed must be a whole number.")]
    [InlineData("--profile", "wild", "wild")]
    [InlineData("--noise", "loud", "loud")]
    [InlineData("--frobnicate", "1", "--frobnicate")]
    public async Task Invoke_GarbageArguments_ExitCode1WithTheParsersMessage(string option, string value, string message)
    {
        var ran = false;
        var command = DemoCommand.Create((_, _, _) => { ran = true; return Task.FromResult(0); });

        var (code, _, error) = await CliRun.InvokeAsync(command, "demo", option, value);

        Assert.Equal(ExitCodes.ParseError, code);
        Assert.False(ran);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PluginMissing_OneLineErrorAndExitCode4()
    {
        var (code, output, error) = await RunAsync(new DemoEnvironment { PluginPath = "/nowhere/ets2coach_telemetry.so" });

        Assert.Equal(ExitCodes.GameFailed, code);
        Assert.Equal("The Ets2Coach plugin is missing (/nowhere/ets2coach_telemetry.so): build it with CMake and a C compiler (`dotnet build` does it when both are installed; see README.md).", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public async Task Run_StandInGameMissing_OneLineErrorAndExitCode4()
    {
        using var folder = new TempFolder();
        var plugin = folder.File("plugin.so");
        await File.WriteAllTextAsync(plugin, "");

        var (code, _, error) = await RunAsync(new DemoEnvironment { HostDirectory = folder.Path, PluginPath = plugin });

        Assert.Equal(ExitCodes.GameFailed, code);
        Assert.StartsWith("The stand-in game (Ets2Coach.GameHost) is missing from ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Run_PluginNotALibrary_TheGamesReasonAndExitCode4()
    {
        using var folder = new TempFolder();
        var plugin = folder.File("ets2coach_telemetry.so");
        await File.WriteAllTextAsync(plugin, "not a shared library");

        var (code, output, error) = await RunAsync(new DemoEnvironment { PluginPath = plugin });

        Assert.Equal(ExitCodes.GameFailed, code);
        Assert.StartsWith("The stand-in game failed to start: Ets2Coach.GameHost: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(output);
    }

    [Fact]
    public async Task Run_GameNeverReady_TimesOutWithExitCode2()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the fake game is a shell script
        }

        using var folder = FakeGame("cat > /dev/null"); // waits for its standard input to close, says nothing

        var (code, _, error) = await RunAsync(FakeEnvironment(folder));

        Assert.Equal(ExitCodes.NoGame, code);
        Assert.Equal("The stand-in game did not start within 0.5 s.", error.TrimEnd());
    }

    [Fact]
    public async Task Run_GameReadyButPublishesNothing_NoTelemetryExitCode2()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = FakeGame("echo '{\"event\":\"ready\"}'; cat > /dev/null");

        var (code, output, error) = await RunAsync(FakeEnvironment(folder));

        Assert.Equal(ExitCodes.NoGame, code);
        Assert.StartsWith("The stand-in game published no telemetry within 0.5 s: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(output);
    }

    [Fact]
    public async Task Run_GameExitsAfterReady_ItsErrorLineAndExitCode4()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = FakeGame("echo '{\"event\":\"ready\"}'; echo 'Ets2Coach.GameHost: the plugin crashed' >&2; exit 3");

        var (code, output, error) = await RunAsync(FakeEnvironment(folder) with { StartTimeout = TimeSpan.FromSeconds(30) });

        Assert.Equal(ExitCodes.GameFailed, code);
        Assert.Equal("The stand-in game stopped before it drove: Ets2Coach.GameHost: the plugin crashed", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public async Task Run_StoppedMidDrive_ReportsWhatWasDrivenAndKeepsTheRecording()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        using var stop = new CancellationTokenSource();
        var settings = new DemoSettings { Minutes = 3, Speedup = 20, Json = true, OutDirectory = folder.Path };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var writer = ReportWriter.Create(json: true, output, error);

        stop.CancelAfter(TimeSpan.FromSeconds(3)); // a 3-minute drive at ×20 lasts 9 s: Ctrl-C in the middle
        var code = await DemoRunner.RunAsync(settings, writer, new DemoEnvironment(), TimeProvider.System, stop.Token);

        Assert.Equal(ExitCodes.Interrupted, code);
        var summary = CliRun.Summary(output.ToString());
        Assert.True(summary.GetProperty("interrupted").GetBoolean());
        var framesRead = summary.GetProperty("framesRead").GetInt64();
        Assert.InRange(framesRead, 1, new DriveSimulator(settings.Simulation).TotalFrames - 1);
        var path = summary.GetProperty("recording").GetProperty("path").GetString()!;
        Assert.StartsWith(folder.Path, path, StringComparison.Ordinal);
        Assert.Equal(framesRead, summary.GetProperty("recording").GetProperty("framesWritten").GetInt64());
        Assert.True(DriveFileInspector.TryInspect(path, out var report, out var problem), problem);
        Assert.True(report.IsIntact);
        Assert.Equal(framesRead, report.FrameCount);
    }

    [Fact]
    public void FrameCapacity_Paced_TenSecondsOfFramesAtLeast()
    {
        Assert.Equal(4096, DemoRunner.FrameCapacity(new DemoSettings { Speedup = 1 }, 54_001));
        Assert.Equal(16_384, DemoRunner.FrameCapacity(new DemoSettings(), 54_001)); // 900 frames/s
        Assert.Equal(65_536, DemoRunner.FrameCapacity(new DemoSettings { RateHz = 1000, Speedup = 100 }, 900_001));
    }

    [Fact]
    public void FrameCapacity_AsFastAsPossible_TheWholeDriveUpTo2To16()
    {
        Assert.Equal(32_768, DemoRunner.FrameCapacity(new DemoSettings { Speedup = 0 }, 18_283));
        Assert.Equal(65_536, DemoRunner.FrameCapacity(new DemoSettings { Speedup = 0 }, 54_001));
        Assert.Equal(65_536, DemoRunner.FrameCapacity(new DemoSettings { Speedup = 0, RateHz = 1000 }, 900_001));
    }

    private static async Task<DemoSettings> ParseAsync(params string[] args)
    {
        DemoSettings? captured = null;
        var command = DemoCommand.Create((settings, _, _) => { captured = settings; return Task.FromResult(0); });
        var (code, _, error) = await CliRun.InvokeAsync(command, ["demo", .. args]);
        Assert.True(code == 0, error);
        return captured!;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(DemoEnvironment environment)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var writer = ReportWriter.Create(json: true, output, error);
        var code = await DemoRunner.RunAsync(new DemoSettings { Record = false, Speedup = 0, Minutes = 3 }, writer, environment, TimeProvider.System, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static TempFolder FakeGame(string script)
    {
        var folder = new TempFolder();
        var game = folder.File("Ets2Coach.GameHost");
        File.WriteAllText(game, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(game, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(folder.File("plugin.so"), "");
        return folder;
    }

    private static DemoEnvironment FakeEnvironment(TempFolder folder) =>
        new() { HostDirectory = folder.Path, PluginPath = folder.File("plugin.so"), StartTimeout = TimeSpan.FromSeconds(0.5) };
}
