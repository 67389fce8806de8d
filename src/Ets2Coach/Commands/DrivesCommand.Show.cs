using System.CommandLine;
using Ets2Coach.Habits;
using Ets2Coach.History;

namespace Ets2Coach.Commands;

/// <summary><c>drives show ID [--json]</c>.</summary>
internal static partial class DrivesCommand
{
    private static Command CreateShow(Option<string> db)
    {
        var id = IdArgument();
        var json = JsonOption("Print the drive with its habit scores and every finding as one JSON object.");
        var command = new Command("show", "Show one drive: its scorecard per habit and every finding with advice. " + DrivesExitCodes.IdHelp) { id, json };
        command.SetAction(parse => Show(parse.GetValue(db)!, parse.GetValue(id), parse.GetValue(json), HabitOptions.Default, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Prints drive <paramref name="id"/>; <paramref name="current"/> are the options its fingerprint is compared with.</summary>
    internal static int Show(string path, long id, bool json, HabitOptions current, TextWriter output, TextWriter error)
    {
        path = FullPath(path);
        var code = OpenExisting(path, error, out var history);
        if (code != DrivesExitCodes.Success)
        {
            return code;
        }

        using (history)
        {
            DriveRecord? drive;
            try
            {
                drive = history?.GetDrive(id);
            }
            catch (DriveHistoryException ex)
            {
                error.WriteLine(ex.Message);
                return DrivesExitCodes.DatabaseUnusable;
            }

            if (drive is null)
            {
                return NoSuchDrive(id, path, error);
            }

            var fileExists = drive.FilePath is not null && File.Exists(drive.FilePath);
            var fingerprint = HabitOptionsFingerprint.Of(current);
            if (json)
            {
                output.WriteLine(DrivesJson.Render(w => DrivesJson.WriteDrive(w, drive, fileExists, fingerprint)));
            }
            else
            {
                WriteDriveText(output, drive, fileExists, fingerprint);
            }

            return DrivesExitCodes.Success;
        }
    }

    private static void WriteDriveText(TextWriter output, DriveRecord d, bool fileExists, string currentFingerprint)
    {
        var s = d.Scoring;
        var source = d.Simulation is { } sim ? DrivesText.Invariant($" (simulated: {sim.Profile}, seed {sim.Seed})") : "";
        output.WriteLine(DrivesText.Invariant($"Drive {d.Id}: {DrivesText.Game(d.GameId)}, {DrivesText.Time(d.StartedAt)} – {DrivesText.Time(d.EndedAt)} UTC{source}"));
        output.WriteLine(DrivesText.Invariant($"{s.DistanceKm:0.0} km in {DrivesText.Duration(s.DurationSeconds)}; score {s.Overall:0.0} ({DrivesText.Band(s.Band)}); {s.Events.Count} findings{(s.DistanceKm < s.NormalisationKm ? DrivesText.Invariant($" (short drive: points count per {s.NormalisationKm:0} km)") : "")}"));
        output.WriteLine(DrivesText.Invariant($"Telemetry: {d.FramesRead:N0} frames at {d.FrameRateHz:0.#} Hz, {d.FramesLost:N0} lost, {d.FramesTorn:N0} torn"));
        output.WriteLine(d.FilePath is null ? "Drive file: none" : $"Drive file: {d.FilePath}{(fileExists ? "" : " (missing)")}");
        output.WriteLine(s.OptionsFingerprint is null ? "Scored with options: unknown (stored before fingerprints; 'ets2coach drives rescore' records them)"
            : s.OptionsFingerprint == currentFingerprint ? $"Scored with options {s.OptionsFingerprint} (the current ones)"
            : $"Scored with options {s.OptionsFingerprint}, not the current ones: 'ets2coach drives rescore' re-scores it");
        output.WriteLine();
        output.WriteLine("Habit                  Score  Points  Findings  Weight");
        foreach (var h in s.Habits)
        {
            output.WriteLine(DrivesText.Invariant($"{DrivesText.Habit(h.Category),-21}  {h.Score,5:0.0}  {h.Points,6}  {h.Findings,8}  {h.WeightPercent,5:0.#}%"));
        }

        output.WriteLine();
        if (s.Events.Count == 0)
        {
            output.WriteLine("No findings: a clean drive.");
            return;
        }

        output.WriteLine("Findings (drive clock):");
        foreach (var e in s.Events)
        {
            var span = e.EndSeconds > e.StartSeconds ? $"{DrivesText.Clock(e.StartSeconds)}–{DrivesText.Clock(e.EndSeconds)}" : DrivesText.Clock(e.StartSeconds);
            var parts = new List<string>(3);
            if (double.IsFinite(e.MeasuredValue) && e.Unit.Length > 0)
            {
                parts.Add($"{DrivesText.Value(e.MeasuredValue, e.Unit)} (limit {DrivesText.Value(e.Threshold, e.Unit)})");
            }

            if (float.IsFinite(e.SpeedMps))
            {
                parts.Add(DrivesText.Invariant($"at {e.SpeedMps * 3.6:0} km/h"));
            }

            if (e.Detail.Length > 0)
            {
                parts.Add($"[{e.Detail}]");
            }

            output.WriteLine($"  {span,-17}  {e.Severity,-9}  {HabitCatalog.DisplayName(e.Kind),-28}  {string.Join(' ', parts)}");
            output.WriteLine($"  {"",-17}  {"",-9}  {e.Advice}");
        }
    }
}
