using System.CommandLine;
using System.Globalization;
using Ets2Coach.History;

namespace Ets2Coach.Commands;

/// <summary><c>drives list [--json] [--limit N]</c>.</summary>
internal static partial class DrivesCommand
{
    private const int DefaultListLimit = 20;

    private static Command CreateList(Option<string> db)
    {
        var json = JsonOption("Print {\"database\", \"total\", \"drives\": [...]} as one JSON object.");
        var limit = new Option<int>("--limit")
        {
            Description = $"Show the newest N drives (default {DefaultListLimit}).",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultListLimit,
            CustomParser = r =>
            {
                if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= DriveQuery.MaxLimit)
                {
                    return n;
                }

                r.AddError($"--limit must be a whole number from 1 to {DriveQuery.MaxLimit}.");
                return 0;
            },
        };
        var command = new Command("list", "List your drives, newest first, with their scores. " + DrivesExitCodes.ListHelp) { json, limit };
        command.SetAction(parse => List(parse.GetValue(db)!, parse.GetValue(json), parse.GetValue(limit), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Prints the newest <paramref name="limit"/> drives.</summary>
    internal static int List(string path, bool json, int limit, TextWriter output, TextWriter error)
    {
        path = FullPath(path);
        var code = OpenExisting(path, error, out var history);
        if (code != DrivesExitCodes.Success)
        {
            return code;
        }

        using (history)
        {
            IReadOnlyList<DriveSummary> drives;
            long total;
            try
            {
                drives = history?.ListDrives(new DriveQuery { Limit = limit }) ?? [];
                total = history?.CountDrives() ?? 0;
            }
            catch (DriveHistoryException ex)
            {
                error.WriteLine(ex.Message);
                return DrivesExitCodes.DatabaseUnusable;
            }

            if (json)
            {
                output.WriteLine(DrivesJson.Render(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("database", path);
                    w.WriteNumber("total", total);
                    w.WriteStartArray("drives");
                    foreach (var d in drives)
                    {
                        DrivesJson.WriteSummary(w, d);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
            }
            else
            {
                WriteListText(output, path, drives, total);
            }

            return DrivesExitCodes.Success;
        }
    }

    private static void WriteListText(TextWriter output, string path, IReadOnlyList<DriveSummary> drives, long total)
    {
        if (drives.Count == 0)
        {
            output.WriteLine($"No drives yet in {path}.");
            return;
        }

        output.WriteLine("     ID  Started (UTC)     Game  Distance      Time  Score  Band         Findings");
        foreach (var d in drives)
        {
            var severe = d.SeriousCount + d.DangerousCount;
            var findings = d.EventCount == 0 ? "none" : severe == 0 ? DrivesText.Invariant($"{d.EventCount}") : DrivesText.Invariant($"{d.EventCount} ({severe} serious or worse)");
            var source = d.Simulation is { } s ? DrivesText.Invariant($"  simulated: {s.Profile} #{s.Seed}") : "";
            output.WriteLine(DrivesText.Invariant(
                $"{d.Id,7}  {DrivesText.Time(d.StartedAt)}  {d.GameId,-4}  {d.DistanceKm,6:0.0} km  {DrivesText.Duration(d.DurationSeconds),8}  {d.Overall,5:0.0}  {DrivesText.Band(d.Band),-11}  {findings}{source}"));
        }

        output.WriteLine(DrivesText.Invariant($"Showing {drives.Count:N0} of {total:N0} drives, newest first{(drives.Count < total ? " (--limit N shows more)" : "")}. History: {path}"));
    }
}
