using System.CommandLine;
using System.Globalization;
using Ets2Coach.Coaching;
using Ets2Coach.Recording.Import;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Reporting;

namespace Ets2Coach.Commands;

/// <summary>
/// <c>ets2coach import FILE.csv [--out FILE.e2cd] [--rate HZ] [--strict] [--json]</c>: turns a CSV drive from another tool
/// into a drive file (docs/recording-format.md, "CSV import"), shows the rows it skipped with their
/// line numbers, then scores the imported drive. Exit codes: 0 imported, 1 bad arguments, 2 the CSV
/// is missing, unreadable or unusable (or, with --strict, has a bad row), or the drive file cannot be written.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => Create(AppPaths.ForCurrentUser);

    /// <summary>Builds the command with other data folders (tests).</summary>
    internal static Command Create(Func<AppPaths> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = new Argument<string>("FILE.csv") { Description = "The CSV drive: a time column and any of the documented channel columns." };
        var output = new Option<string?>("--out")
        {
            Description = "The drive file to write (default: the CSV's name in the drives folder).",
            HelpName = "FILE.e2cd",
        };
        var rate = new Option<double?>("--rate")
        {
            Description = "Resample to this many frames per second (sample and hold); default: one frame per row.",
            HelpName = "HZ",
            CustomParser = r => OptionParsers.Number(r, 1, 1000, "--rate must be a number of frames per second from 1 to 1000."),
        };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first bad row instead of skipping it." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per finding, then a summary object." };
        var noHistory = new Option<bool>("--no-history") { Description = "Do not store the imported drive in the drive history (ets2coach drives)." };
        var database = new Option<string?>("--db") { Description = "The drive history database (default: history.db in the data folder).", HelpName = "PATH" };

        var command = new Command("import", "Import a CSV drive from another tool into a drive file and score it.") { file, output, rate, strict, json, noHistory, database };
        command.SetAction((parse, cancellationToken) =>
        {
            var writer = ReportWriter.Create(parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var appPaths = paths();
            var history = parse.GetValue(noHistory) ? null : parse.GetValue(database) ?? appPaths.HistoryDatabase;
            return RunAsync(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(rate), parse.GetValue(strict), appPaths, history, writer, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string csv, string? output, double? rateHz, bool strict, AppPaths paths, string? historyDatabase, ReportWriter writer, CancellationToken cancellationToken)
    {
        if (!File.Exists(csv))
        {
            writer.Error($"Cannot import {csv}: no such file.");
            return ExitCodes.BadInput;
        }

        var drive = output ?? Path.Combine(paths.DrivesDirectory, Path.GetFileNameWithoutExtension(csv) + ".e2cd");
        if (output is null)
        {
            try
            {
                Directory.CreateDirectory(paths.DrivesDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                writer.Error($"Cannot create the drives folder {paths.DrivesDirectory}: {ex.Message}");
                return ExitCodes.BadInput;
            }
        }

        var options = new CsvImportOptions { FrameRateHz = rateHz, BadRows = strict ? CsvBadRowPolicy.Fail : CsvBadRowPolicy.Skip };
        var result = await CsvDriveImporter.ImportAsync(csv, drive, options, cancellationToken).ConfigureAwait(false);
        var warnings = new List<string>(result.Warnings);
        if (result.RowsSkipped > result.Warnings.Count(w => w.Contains("row skipped", StringComparison.Ordinal)))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{result.RowsSkipped:N0} rows skipped in all (only the first warnings are listed)"));
        }

        foreach (var warning in warnings)
        {
            writer.Warning(warning);
        }

        if (!result.Succeeded)
        {
            writer.Error($"Cannot import {csv}: {result.Error}");
            return ExitCodes.BadInput;
        }

        writer.Note(string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.RowsRead - result.RowsSkipped:N0} of {result.RowsRead:N0} rows into {drive} ({result.FramesWritten:N0} frames); scoring it:"));
        return await ReplayRunner.RunAsync(drive, new DriveReplayOptions(), writer, $"Drive imported from {Path.GetFileName(csv)}", warnings, json =>
        {
            json.WriteStartObject("import");
            json.WriteString("drivePath", drive);
            json.WriteNumber("rowsRead", result.RowsRead);
            json.WriteNumber("rowsSkipped", result.RowsSkipped);
            json.WriteNumber("framesWritten", result.FramesWritten);
            json.WriteStartArray("ignoredColumns");
            foreach (var column in result.IgnoredColumns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }, cancellationToken, historyDatabase).ConfigureAwait(false);
    }
}
