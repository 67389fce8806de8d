using System.CommandLine;
using Ets2Coach.Demo;
using Ets2Coach.Reporting;
using Ets2Coach.Simulator;

namespace Ets2Coach.Commands;

/// <summary>
/// <c>ets2coach demo [--profile P] [--seed N] [--rate HZ] [--minutes M] [--speedup K] [--noise L]
/// [--no-record] [--out DIR] [--json]</c>: a simulated practice drive played by the stand-in game
/// through the real plugin, coached live, ending in the habit report.
/// Exit codes: 0 done, 1 bad arguments, 2 no telemetry within 10 s, 3 unusable shared memory,
/// 4 the stand-in game could not run (plugin or host missing, host failed), 130 Ctrl-C (the report
/// of what was driven is still printed and the recording kept).
/// </summary>
internal static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() =>
        Create(static (settings, writer, cancellationToken) => DemoRunner.RunAsync(settings, writer, new DemoEnvironment(), TimeProvider.System, cancellationToken));

    /// <summary>Builds the command with another action for the parsed settings (tests).</summary>
    internal static Command Create(Func<DemoSettings, ReportWriter, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var defaults = new DemoSettings();
        var profile = new Option<string>("--profile")
        {
            Description = "How the simulated player drives.",
            DefaultValueFactory = _ => defaults.Profile.Name,
        };
        profile.AcceptOnlyFromAmong("careful", "average", "reckless");
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the route, the manoeuvres and the sensor noise (the same seed gives the same drive).",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.Seed,
            CustomParser = r => OptionParsers.Integer(r, "--seed must be a whole number."),
        };
        var rate = new Option<double>("--rate")
        {
            Description = "Frames per simulated second, like the game's physics rate (20-1000).",
            HelpName = "HZ",
            DefaultValueFactory = _ => defaults.RateHz,
            CustomParser = r => OptionParsers.Number(r, SimulationOptions.MinRateHz, SimulationOptions.MaxRateHz, "--rate must be a number of frames per second from 20 to 1000."),
        };
        var minutes = new Option<double>("--minutes")
        {
            Description = "Length of the drive on the game's clock, minutes (3-240).",
            HelpName = "M",
            DefaultValueFactory = _ => defaults.Minutes,
            CustomParser = r => OptionParsers.Number(r, 3, 240, "--minutes must be a number of minutes from 3 to 240."),
        };
        var speedup = new Option<double>("--speedup")
        {
            Description = "How many times faster than real time the game plays the drive; 0 plays it as fast as possible.",
            HelpName = "K",
            DefaultValueFactory = _ => defaults.Speedup,
            CustomParser = r => OptionParsers.Number(r, 0, 10_000, "--speedup must be a number from 0 (as fast as possible) to 10000."),
        };
        var noise = new Option<string>("--noise")
        {
            Description = "Sensor noise on the simulated accelerations, velocities and steering.",
            DefaultValueFactory = _ => defaults.Noise.ToString().ToLowerInvariant(),
        };
        noise.AcceptOnlyFromAmong("none", "low", "high");
        var noRecord = new Option<bool>("--no-record") { Description = "Do not record the drive to a drive file." };
        var output = new Option<string?>("--out")
        {
            Description = $"Folder for the drive file (default: {AppPaths.ForCurrentUser().DrivesDirectory}).",
            HelpName = "DIR",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per finding, then a summary object (scores, counts, ground-truth match)." };
        var noHistory = new Option<bool>("--no-history") { Description = "Do not store the drive in the drive history (ets2coach drives)." };
        var database = new Option<string?>("--db")
        {
            Description = $"The drive history database (default: {AppPaths.ForCurrentUser().HistoryDatabase}).",
            HelpName = "PATH",
        };

        var command = new Command("demo", "Drive a simulated practice route through the real plugin and get coached live, ending in a habit report.")
        {
            profile, seed, rate, minutes, speedup, noise, noRecord, output, json, noHistory, database,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new DemoSettings
            {
                Profile = DriverProfile.FromName(parse.GetValue(profile)!),
                Seed = parse.GetValue(seed),
                RateHz = parse.GetValue(rate),
                Minutes = parse.GetValue(minutes),
                Speedup = parse.GetValue(speedup),
                Noise = Enum.Parse<NoiseLevel>(parse.GetValue(noise)!, ignoreCase: true),
                Record = !parse.GetValue(noRecord),
                OutDirectory = parse.GetValue(output),
                Json = parse.GetValue(json),
                StoreInHistory = !parse.GetValue(noHistory),
                HistoryDatabase = parse.GetValue(database),
            };
            var writer = ReportWriter.Create(settings.Json, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return run(settings, writer, cancellationToken);
        });
        return command;
    }
}
