using System.CommandLine;
using Ets2Coach.Coaching;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Reporting;

namespace Ets2Coach.Commands;

/// <summary>
/// <c>ets2coach replay FILE [--json] [--pace original|fast] [--speed K]</c>: runs the detectors over a
/// recorded drive and prints its findings and habit report, as the live drive scored.
/// Exit codes: 0 done (damage in the file is reported as warnings and the intact part scored),
/// 1 bad arguments, 2 the file is missing, unreadable or not a drive file, 130 Ctrl-C.
/// </summary>
internal static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The drive file (.e2cd) to replay." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per finding, then a summary object." };
        var pace = new Option<string>("--pace")
        {
            Description = "fast: as fast as possible; original: at the recorded pace (times --speed).",
            DefaultValueFactory = _ => "fast",
        };
        pace.AcceptOnlyFromAmong("fast", "original");
        var speed = new Option<double?>("--speed")
        {
            Description = "With --pace original (implied when --pace is not given): K times the recorded pace (0.01-1000).",
            HelpName = "K",
            CustomParser = r => OptionParsers.Number(r, 0.01, 1000, "--speed must be a number from 0.01 to 1000."),
        };

        var command = new Command("replay", "Score a recorded drive: its findings and the habit report.") { file, json, pace, speed };
        command.Validators.Add(r =>
        {
            if (r.GetResult(speed) is not null && r.GetResult(pace) is { Implicit: false } && r.GetValue(pace) == "fast")
            {
                r.AddError("--speed needs --pace original (a fast replay has no pace to scale).");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var factor = parse.GetValue(speed);
            var original = parse.GetValue(pace) == "original" || (factor is not null && parse.GetResult(pace) is null or { Implicit: true });
            var options = new DriveReplayOptions
            {
                Pace = original ? ReplayPace.Original : ReplayPace.AsFastAsPossible,
                SpeedFactor = factor ?? 1,
            };
            var writer = ReportWriter.Create(parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return ReplayRunner.RunAsync(parse.GetValue(file)!, options, writer, null, [], null, cancellationToken);
        });
        return command;
    }
}
