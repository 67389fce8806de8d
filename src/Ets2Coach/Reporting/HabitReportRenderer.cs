using System.Globalization;
using Ets2Coach.Habits;
using Spectre.Console;

namespace Ets2Coach.Reporting;

/// <summary>
/// Writes findings and the end-of-drive habit report as text through Spectre.Console: colours on a
/// terminal, plain text when redirected. Used by <c>demo</c>, <c>replay</c>, <c>import</c> and <c>drives</c>.
/// </summary>
internal static class HabitReportRenderer
{
    private const int MaxListed = 5;
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>One finding as it happens: time, severity, habit, measurement, then its advice on the next line.</summary>
    public static void WriteFinding(IAnsiConsole console, HabitEvent finding)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(finding);
        var severity = ReportText.SeverityName(finding.Severity);
        var name = HabitCatalog.DisplayName(finding.Kind);
        console.MarkupLine(string.Create(s_invariant,
            $"[grey]{ReportText.Clock(finding.StartSeconds),7}[/]  [{Colour(finding.Severity)}]{severity,-9}[/] [bold]{Markup.Escape(name),-26}[/] {Markup.Escape(ReportText.Measurement(finding))}"));
        console.MarkupLine($"{new string(' ', 9)}[dim]{Markup.Escape(finding.Advice)}[/]");
    }

    /// <summary>The habit report.</summary>
    public static void WriteReport(IAnsiConsole console, DriveReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score;
        console.WriteLine();
        console.MarkupLine($"[bold]── Habit report {new string('─', 44)}[/]");
        console.MarkupLine($"[bold]{Markup.Escape(report.Title)}[/]");
        if (report.Source is { } source)
        {
            console.MarkupLine($"[grey]{Markup.Escape(source)}[/]");
        }

        if (report.Interrupted)
        {
            console.MarkupLine("[yellow]Stopped early: the report covers what was driven.[/]");
        }

        console.WriteLine();
        Line(console, "Drive", Markup.Escape(DriveLine(score)));
        Line(console, "Overall", string.Create(s_invariant,
            $"[bold {BandColour(score.Band)}]{score.Overall:0} / 100, {ReportText.Band(score.Band)}[/]{(score.IsProvisional ? " (provisional: a short drive)" : "")}"));
        Line(console, "Findings", Markup.Escape(FindingsLine(score)));
        console.Write(HabitTable(score));

        var fixFirst = FixFirst.For(score, report.Findings);
        if (fixFirst.Count > 0)
        {
            console.MarkupLine("[bold]Fix first[/]");
            for (var i = 0; i < fixFirst.Count; i++)
            {
                var f = fixFirst[i];
                console.MarkupLine(string.Create(s_invariant,
                    $"  {i + 1}. [bold]{Markup.Escape(ReportText.HabitName(f.Category))}[/]: {f.Points} {(f.Points == 1 ? "point" : "points")}, mostly {Markup.Escape(HabitCatalog.DisplayName(f.Kind))}"));
                console.MarkupLine($"     {Markup.Escape(f.Advice)}");
            }
        }
        else
        {
            console.MarkupLine("[green]Nothing to fix: no finding cost a point.[/]");
        }

        console.WriteLine();
        WriteHonesty(console, report);
    }

    private static void WriteHonesty(IAnsiConsole console, DriveReport report)
    {
        var frames = report.Frames;
        Line(console, "Telemetry", Markup.Escape(string.Create(s_invariant,
            $"{frames.FramesRead:N0} frames read, {frames.FramesLost:N0} {frames.LossCause}, {frames.FramesTorn:N0} torn; {frames.EventsRead:N0} events read, {frames.EventsLost:N0} lost")));
        foreach (var disabled in report.DisabledDetectors)
        {
            Line(console, "Detector off", Markup.Escape(string.Create(s_invariant,
                $"{disabled.Name} failed at {ReportText.Clock(disabled.AtSeconds)} and was switched off: {disabled.Reason}")));
        }

        foreach (var blind in report.PartlyBlindDetectors)
        {
            Line(console, "Partly blind", Markup.Escape(string.Create(s_invariant,
                $"{blind.Name} had its signals ({blind.MissingSignals}) for {blind.SignalCoverage:P0} of the drive")));
        }

        if (report.Recording is { } recording)
        {
            var recorded = recording.Path is null
                ? $"not recorded: {recording.Problem}"
                : string.Create(s_invariant, $"{recording.Path} ({recording.FramesWritten:N0} frames){(recording.Problem is { } p ? $"; {p}" : "")}");
            Line(console, "Recorded", Markup.Escape(recorded));
        }

        if (report.History is { } history)
        {
            Line(console, "History", Markup.Escape(history.DriveId is { } id
                ? string.Create(s_invariant, $"drive #{id} in {history.DatabasePath} (see: ets2coach drives show {id})")
                : $"not stored in {history.DatabasePath}: {history.Problem}"));
        }

        if (report.GroundTruth is { } truth)
        {
            var scope = truth.UpToSeconds is { } upTo ? $" over the first {ReportText.Clock(upTo)} driven" : "";
            var colour = truth.Matched == truth.Expected && truth.FalseAlarms.Count == 0 ? "green" : "yellow";
            Line(console, "Ground truth", string.Create(s_invariant,
                $"[{colour}]coach found {truth.Matched} of {truth.Expected} planted faults, {truth.FalseAlarms.Count} false {(truth.FalseAlarms.Count == 1 ? "alarm" : "alarms")}[/]{Markup.Escape(scope)} (precision {truth.Precision:0.00}, recall {truth.Recall:0.00})"));
            foreach (var missed in truth.Missed.Take(MaxListed))
            {
                Line(console, "  missed", Markup.Escape(string.Create(s_invariant,
                    $"{ReportText.Clock(missed.StartSeconds)} {ReportText.SeverityName(missed.Severity)} {HabitCatalog.DisplayName(missed.Kind)} (manoeuvre {missed.ManoeuvreId})")));
            }

            foreach (var alarm in truth.FalseAlarms.Take(MaxListed))
            {
                Line(console, "  false alarm", Markup.Escape(string.Create(s_invariant,
                    $"{ReportText.Clock(alarm.StartSeconds)} {ReportText.SeverityName(alarm.Severity)} {HabitCatalog.DisplayName(alarm.Kind)}")));
            }
        }
    }

    // A labelled line: plain padding rather than a grid, so redirected output has no trailing blanks.
    private static void Line(IAnsiConsole console, string label, string markup) =>
        console.MarkupLine($"{Markup.Escape(label),-13} {markup}");

    private static Table HabitTable(DriveScore score)
    {
        var table = new Table { Border = TableBorder.Horizontal };
        table.AddColumn("Habit");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn(new TableColumn("Points").RightAligned());
        table.AddColumn(new TableColumn("Findings").RightAligned());
        table.AddColumn(new TableColumn("Weight").RightAligned());
        foreach (var h in score.Habits)
        {
            table.AddRow(
                new Text(ReportText.HabitName(h.Category)),
                new Markup(string.Create(s_invariant, $"[{ScoreColour(h.Score)}]{h.Score:0}[/]")),
                new Text(h.Points.ToString(s_invariant)),
                new Text(h.Findings.ToString(s_invariant)),
                new Text(string.Create(s_invariant, $"{h.WeightPercent:0} %")));
        }

        return table;
    }

    private static string DriveLine(DriveScore score) => string.Create(s_invariant,
        $"{score.DistanceKm:0.0} km in {ReportText.Clock(score.DurationSeconds)} on the game clock{(score.IsProvisional ? $" (scored per {score.NormalisationKm:0} km)" : "")}");

    private static string FindingsLine(DriveScore score)
    {
        var total = score.CountsBySeverity.Values.Sum();
        if (total == 0)
        {
            return "none";
        }

        var parts = Enum.GetValues<Severity>()
            .Where(s => score.CountsBySeverity[s] > 0)
            .Select(s => string.Create(s_invariant, $"{score.CountsBySeverity[s]} {ReportText.SeverityName(s)}{(s == Severity.Info && score.CountsBySeverity[s] > 1 ? "s" : "")}"));
        return string.Create(s_invariant, $"{total}: {string.Join(", ", parts)}");
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Info => "grey",
        Severity.Minor => "yellow",
        Severity.Serious => "darkorange",
        _ => "bold red",
    };

    private static string BandColour(RiskBand band) => band switch
    {
        RiskBand.LowRisk => "green",
        RiskBand.Mild => "yellow",
        RiskBand.Medium => "darkorange",
        _ => "red",
    };

    private static string ScoreColour(double score) => score >= 90 ? "green" : score >= 75 ? "yellow" : score >= 60 ? "darkorange" : "red";
}
