using System.CommandLine;
using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.History.Rescoring;

namespace Ets2Coach.Commands;

/// <summary><c>drives rescore [--accept-damaged] [--json]</c>.</summary>
internal static partial class DrivesCommand
{
    private static Command CreateRescore(Option<string> db)
    {
        var acceptDamaged = new Option<bool>("--accept-damaged")
        {
            Description = "Re-score damaged drive files from their intact part (by default such drives keep their scores).",
        };
        var json = JsonOption("Print {\"optionsFingerprint\", \"rescored\", \"notRescored\", \"drives\": [...]} as one JSON object (no progress lines).");
        var command = new Command(
            "rescore",
            "Re-score every drive from its drive file with the current thresholds; drives whose file is missing or damaged keep their scores. "
            + DrivesExitCodes.RescoreHelp)
        {
            acceptDamaged,
            json,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Rescore(
            parse.GetValue(db)!, new RescoreOptions { Habits = HabitOptions.Default, AcceptDamagedFiles = parse.GetValue(acceptDamaged) },
            parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken)));
        return command;
    }

    /// <summary>Re-scores every drive with <paramref name="options"/>, printing a line per drive (or one JSON object).</summary>
    internal static int Rescore(string path, RescoreOptions options, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        path = FullPath(path);
        var code = OpenExisting(path, error, out var history);
        if (code != DrivesExitCodes.Success)
        {
            return code;
        }

        using (history)
        {
            RescoreReport report;
            try
            {
                report = history is null
                    ? new RescoreReport { OptionsFingerprint = HabitOptionsFingerprint.Of(options.Habits), Drives = [] }
                    : DriveRescorer.Rescore(history, options, json ? null : new LineProgress(output), cancellationToken);
            }
            catch (DriveHistoryException ex)
            {
                error.WriteLine(ex.Message);
                return DrivesExitCodes.DatabaseUnusable;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("Re-scoring stopped; the drives re-scored so far keep their new scores.");
                return DrivesExitCodes.Cancelled;
            }

            var unusable = report.Drives.Count(d => d.Status is RescoreStatus.FileMissing or RescoreStatus.FileUnreadable or RescoreStatus.FileDamaged or RescoreStatus.Failed);
            if (json)
            {
                output.WriteLine(DrivesJson.Render(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("database", path);
                    w.WriteString("optionsFingerprint", report.OptionsFingerprint);
                    w.WriteNumber("rescored", report.RescoredCount);
                    w.WriteNumber("notRescored", report.NotRescoredCount);
                    w.WriteStartArray("drives");
                    foreach (var outcome in report.Drives)
                    {
                        DrivesJson.WriteOutcome(w, outcome);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
            }
            else if (report.Drives.Count == 0)
            {
                output.WriteLine($"No drives to re-score in {path}.");
            }
            else
            {
                output.WriteLine(DrivesText.Invariant($"Re-scored {report.RescoredCount:N0} of {report.Drives.Count:N0} drives with options {report.OptionsFingerprint}{(report.NotRescoredCount > 0 ? DrivesText.Invariant($"; {report.NotRescoredCount:N0} kept their scores (see above)") : "")}."));
            }

            return unusable > 0 ? DrivesExitCodes.SomeFilesUnusable : DrivesExitCodes.Success;
        }
    }

    /// <summary>One line per drive as it is done (the rescorer reports one drive at a time).</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<RescoreOutcome>
    {
        public void Report(RescoreOutcome value) => output.WriteLine(value.IsRescored
            ? DrivesText.Invariant($"drive {value.DriveId}: {value.PreviousOverall:0.0} → {value.Overall:0.0} ({DrivesText.Band(value.Band!.Value)}), {value.PreviousEventCount} → {value.EventCount} findings{(value.Message is null ? "" : "; " + value.Message)}")
            : value.Message);
    }
}
