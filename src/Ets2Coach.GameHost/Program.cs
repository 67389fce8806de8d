using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Simulator;

namespace Ets2Coach.GameHost;

/// <summary>
/// The stand-in game process: loads the plugin, initialises it, prints a one-line JSON
/// <c>ready</c> message, plays a scenario, and prints a one-line JSON summary. Errors are one line
/// on standard error and a non-zero exit code (1 usage, 2 plugin not loadable or refused init,
/// 3 failure while playing). SIGTERM/SIGINT end the run cleanly (shutdown, shared memory removed).
/// </summary>
internal static class GameHostProgram
{
    private const int ExitPluginFailed = 2;
    private const int ExitPlayFailed = 3;

    private static int Main(string[] args)
    {
        var options = new HostCommandLine();
        var command = options.CreateCommand();
        command.SetAction(parse => Run(parse, options));
        var parsed = command.Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
        {
            // The parent process reads standard output as JSON lines: errors go to standard error only.
            parseError.ShowHelp = false;
        }

        return parsed.Invoke();
    }

    private static int Run(ParseResult parse, HostCommandLine cli)
    {
        var scenario = new ScenarioOptions
        {
            Frames = parse.GetValue(cli.Frames),
            RateHz = parse.GetValue(cli.Rate),
            EventsEvery = parse.GetValue(cli.EventsEvery),
            ReloadAt = parse.GetValue(cli.ReloadAt),
            ReinitAt = parse.GetValue(cli.ReinitAt),
            PauseAt = parse.GetValue(cli.PauseAt),
            PauseFrames = parse.GetValue(cli.PauseFrames),
            HoldAtEndSeconds = parse.GetValue(cli.HoldAtEnd),
            StampPublishTime = parse.GetValue(cli.Scenario) == "latency",
        };
        var drive = parse.GetValue(cli.Scenario) == "drive" ? DriveOptions(parse, cli) : null;
        var schemaText = parse.GetValue(cli.Schema);
        uint schema = 0;
        var problem = (drive is null ? scenario.Validate() : drive.Validate())
            ?? (schemaText is not null && !ScsVersions.TryParse(schemaText, out schema) ? $"--schema must look like 1.18, not '{schemaText}'" : null);
        var gameOptions = new StandInGameOptions
        {
            GameId = parse.GetValue(cli.Game)!,
            GameSchemaVersion = schemaText is null ? null : schema,
            OfferedApiVersions = parse.GetValue(cli.Api) == "1.00" ? [ScsVersions.TelemetryApi100] : [ScsVersions.TelemetryApi101, ScsVersions.TelemetryApi100],
            RefusedChannels = parse.GetValue(cli.RefuseChannel) ?? [],
            SharedMemoryName = parse.GetValue(cli.ShmName),
            FrameCapacity = parse.GetValue(cli.FrameCapacity),
            EventCapacity = parse.GetValue(cli.EventCapacity),
            LogFilePath = parse.GetValue(cli.Log),
            LogEcho = parse.GetValue(cli.Verbose) ? Console.Error : null,
        };
        problem ??= gameOptions.Validate();
        if (problem is not null)
        {
            return Fail(1, problem);
        }

        using var cancellation = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        if (parse.GetValue(cli.UntilStdinCloses))
        {
            WatchStandardInput(cancellation);
        }

        StandInGame game;
        try
        {
            game = new StandInGame(gameOptions);
        }
        catch (IOException ex)
        {
            return Fail(1, $"cannot open the log file: {ex.Message}");
        }

        using (game)
        {
            var pluginPath = ResolvePluginPath(parse.GetValue(cli.Plugin));
            if (!game.TryLoad(pluginPath, out var error))
            {
                return Fail(ExitPluginFailed, error!);
            }

            var result = game.Init();
            if (result != ScsResult.Ok)
            {
                return Fail(ExitPluginFailed, $"the plugin refused scs_telemetry_init: {result} ({(int)result})");
            }

            var shmName = SharedMemoryProbe.EffectiveName(gameOptions.SharedMemoryName);
            WriteLine(json =>
            {
                json.WriteString("event", "ready");
                json.WriteNumber("pid", Environment.ProcessId);
                json.WriteString("plugin", game.PluginPath);
                json.WriteString("shmName", shmName);
                WriteGeneration(json, shmName);
                json.WriteString("game", gameOptions.GameId);
                json.WriteString("schema", ScsVersions.Format(gameOptions.EffectiveSchemaVersion));
                json.WriteString("api", ScsVersions.Format(game.TelemetryApiVersion));
            });

            ScenarioSummary summary;
            try
            {
                summary = drive is not null
                    ? DriveScenarioRunner.Run(game, drive, cancellation.Token)
                    : ScenarioRunner.Run(game, scenario, (what, frame) => WriteLine(json =>
                    {
                        json.WriteString("event", what);
                        json.WriteNumber("beforeFrame", frame);
                        WriteGeneration(json, shmName);
                    }), cancellation.Token);
            }
            catch (InvalidOperationException ex)
            {
                return Fail(ExitPlayFailed, ex.Message);
            }

            WriteLine(json =>
            {
                json.WriteString("event", "played");
                json.WriteNumber("frames", summary.FramesPlayed);
            });
            var hold = drive?.HoldAtEndSeconds ?? scenario.HoldAtEndSeconds;
            if (hold > 0)
            {
                cancellation.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(hold));
            }

            game.Unload();
            WriteLine(json =>
            {
                json.WriteString("event", "done");
                json.WriteNumber("frames", summary.FramesPlayed);
                json.WriteNumber("gameplayEvents", summary.GameplayEventsPlayed);
                json.WriteNumber("reloads", summary.Reloads);
                json.WriteNumber("reinits", summary.Reinits);
                json.WriteNumber("elapsedSeconds", Math.Round(summary.ElapsedSeconds, 6));
                json.WriteNumber("framesPerSecond", summary.ElapsedSeconds > 0 ? Math.Round(summary.FramesPlayed / summary.ElapsedSeconds, 1) : 0);
                json.WriteNumber("allocatedBytesPerFrame", summary.FramesPlayed > 0 ? Math.Round((double)summary.AllocatedBytes / summary.FramesPlayed, 3) : 0);
                json.WriteBoolean("cancelled", summary.Cancelled || cancellation.IsCancellationRequested);
            });
        }

        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancellation.Cancel();
        }
    }

    private static DriveScenarioOptions DriveOptions(ParseResult parse, HostCommandLine cli) => new()
    {
        Simulation = new SimulationOptions
        {
            Seed = parse.GetValue(cli.Seed),
            RateHz = parse.GetValue(cli.Rate),
            Profile = DriverProfile.FromName(parse.GetValue(cli.Profile)!),
            DurationMinutes = parse.GetValue(cli.Minutes),
            Noise = Enum.Parse<NoiseLevel>(parse.GetValue(cli.Noise)!, ignoreCase: true),
            GameId = parse.GetValue(cli.Game)!,
        },
        Speedup = parse.GetValue(cli.Speedup),
        HoldAtEndSeconds = parse.GetValue(cli.HoldAtEnd),
    };

    private static void WatchStandardInput(CancellationTokenSource cancellation)
    {
        // A blocking read on a background thread: standard input has no portable async end-of-file signal.
        var watcher = new Thread(() =>
        {
            try
            {
                using var input = Console.OpenStandardInput();
                var buffer = new byte[256];
                while (input.Read(buffer) > 0)
                {
                }
            }
            catch (IOException)
            {
                // A broken pipe is a closed one.
            }

            try
            {
                cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The run already ended.
            }
        })
        {
            IsBackground = true,
            Name = "stdin watcher",
        };
        watcher.Start();
    }

    private static string ResolvePluginPath(string? fromOption)
    {
        if (!string.IsNullOrEmpty(fromOption))
        {
            return fromOption;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("ETS2COACH_PLUGIN");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var file = OperatingSystem.IsWindows() ? "ets2coach_telemetry.dll" : "ets2coach_telemetry.so";
        return Path.Combine(AppContext.BaseDirectory, "plugin", file);
    }

    private static void WriteGeneration(Utf8JsonWriter json, string shmName)
    {
        if (SharedMemoryProbe.TryReadGeneration(shmName, out var generation))
        {
            json.WriteNumber("generation", generation);
        }
        else
        {
            json.WriteNull("generation");
        }
    }

    private static void WriteLine(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        var stdout = Console.Out;
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        stdout.Flush();
    }

    private static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"Ets2Coach.GameHost: {message}");
        return exitCode;
    }
}
