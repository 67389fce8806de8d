using System.Text.Json;
using Ets2Coach.Habits;

namespace Ets2Coach.Reporting;

/// <summary>
/// The machine form of findings and the habit report: one compact JSON object per line,
/// <c>{"finding":{…}}</c> per finding and a final <c>{"summary":{…}}</c>. Names are lowerCamelCase,
/// units are in the names (<c>startSeconds</c>, <c>distanceKm</c>); times are on the game clock.
/// </summary>
internal static class HabitReportJson
{
    /// <summary>Writes <c>{"finding":{…}}</c>.</summary>
    public static void WriteFinding(Utf8JsonWriter json, HabitEvent finding)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(finding);
        json.WriteStartObject();
        json.WritePropertyName("finding");
        WriteFindingBody(json, finding);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>{"summary":{…}}</c>: the drive's scores and counts; <paramref name="extra"/> adds command-specific members.</summary>
    public static void WriteSummary(Utf8JsonWriter json, DriveReport report, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score;
        json.WriteStartObject();
        json.WriteStartObject("summary");
        json.WriteString("title", report.Title);
        if (report.Source is { } source)
        {
            json.WriteString("source", source);
        }

        json.WriteBoolean("interrupted", report.Interrupted);
        extra?.Invoke(json);
        json.WriteNumber("distanceKm", Math.Round(score.DistanceKm, 3));
        json.WriteNumber("durationSeconds", Math.Round(score.DurationSeconds, 3));
        json.WriteNumber("overallScore", Math.Round(score.Overall, 2));
        json.WriteString("band", ReportText.JsonName(score.Band));
        json.WriteBoolean("provisional", score.IsProvisional);
        json.WriteStartArray("habits");
        foreach (var h in score.Habits)
        {
            json.WriteStartObject();
            json.WriteString("habit", ReportText.JsonName(h.Category));
            json.WriteString("name", ReportText.HabitName(h.Category));
            json.WriteNumber("score", Math.Round(h.Score, 2));
            json.WriteNumber("points", h.Points);
            json.WriteNumber("findings", h.Findings);
            json.WriteNumber("weightPercent", h.WeightPercent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("fixFirst");
        foreach (var f in FixFirst.For(score, report.Findings))
        {
            json.WriteStartObject();
            json.WriteString("habit", ReportText.JsonName(f.Category));
            json.WriteNumber("points", f.Points);
            json.WriteString("kind", ReportText.JsonName(f.Kind));
            json.WriteString("advice", f.Advice);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCounts(json, score, report.Findings.Count);
        WriteFrames(json, report.Frames);
        WriteRecording(json, report.Recording);
        WriteHistory(json, report.History);
        WriteGroundTruth(json, report.GroundTruth);
        json.WriteStartArray("detectorsOff");
        foreach (var d in report.DisabledDetectors)
        {
            json.WriteStartObject();
            json.WriteString("detector", d.Name);
            json.WriteString("reason", d.Reason);
            json.WriteNumber("atSeconds", Math.Round(d.AtSeconds, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var w in report.Warnings)
        {
            json.WriteStringValue(w);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFindingBody(Utf8JsonWriter json, HabitEvent f)
    {
        json.WriteStartObject();
        json.WriteString("kind", ReportText.JsonName(f.Kind));
        json.WriteString("name", HabitCatalog.DisplayName(f.Kind));
        json.WriteString("habit", ReportText.JsonName(f.Category));
        json.WriteString("severity", ReportText.JsonName(f.Severity));
        json.WriteNumber("points", HabitCatalog.PointsFor(f.Severity));
        json.WriteString("clock", ReportText.Clock(f.StartSeconds));
        json.WriteNumber("startSeconds", Math.Round(f.StartSeconds, 3));
        json.WriteNumber("endSeconds", Math.Round(f.EndSeconds, 3));
        Number(json, "measured", f.MeasuredValue);
        Number(json, "threshold", f.Threshold);
        json.WriteString("unit", f.Unit);
        json.WriteString("detail", f.Detail);
        json.WriteString("rule", ReportText.Rule(f.Rule));
        json.WriteString("advice", f.Advice);
        Number(json, "speedKmh", f.SpeedMps * 3.6);
        Number(json, "positionXMetres", f.Position.XMetres);
        Number(json, "positionZMetres", f.Position.ZMetres);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, DriveScore score, int findings)
    {
        json.WriteNumber("findings", findings);
        json.WriteStartObject("bySeverity");
        foreach (var (severity, count) in score.CountsBySeverity.OrderBy(p => p.Key))
        {
            json.WriteNumber(ReportText.JsonName(severity), count);
        }

        json.WriteEndObject();
        json.WriteStartObject("byKind");
        foreach (var (kind, count) in score.CountsByKind.OrderBy(p => p.Key))
        {
            json.WriteNumber(ReportText.JsonName(kind), count);
        }

        json.WriteEndObject();
    }

    private static void WriteFrames(Utf8JsonWriter json, FrameCounts frames)
    {
        json.WriteNumber("framesRead", frames.FramesRead);
        json.WriteNumber("framesLost", frames.FramesLost);
        json.WriteNumber("framesTorn", frames.FramesTorn);
        json.WriteNumber("eventsRead", frames.EventsRead);
        json.WriteNumber("eventsLost", frames.EventsLost);
    }

    private static void WriteRecording(Utf8JsonWriter json, RecordingSummary? recording)
    {
        if (recording is null)
        {
            json.WriteNull("recording");
            return;
        }

        json.WriteStartObject("recording");
        if (recording.Path is { } path)
        {
            json.WriteString("path", path);
        }
        else
        {
            json.WriteNull("path");
        }

        json.WriteNumber("framesWritten", recording.FramesWritten);
        if (recording.Problem is { } problem)
        {
            json.WriteString("problem", problem);
        }

        json.WriteEndObject();
    }

    private static void WriteHistory(Utf8JsonWriter json, HistorySummary? history)
    {
        if (history is null)
        {
            json.WriteNull("history");
            return;
        }

        json.WriteStartObject("history");
        json.WriteString("databasePath", history.DatabasePath);
        if (history.DriveId is { } id)
        {
            json.WriteNumber("driveId", id);
        }
        else
        {
            json.WriteNull("driveId");
            json.WriteString("problem", history.Problem);
        }

        json.WriteEndObject();
    }

    private static void WriteGroundTruth(Utf8JsonWriter json, GroundTruthSummary? truth)
    {
        if (truth is null)
        {
            json.WriteNull("groundTruth");
            return;
        }

        json.WriteStartObject("groundTruth");
        json.WriteNumber("expected", truth.Expected);
        json.WriteNumber("matched", truth.Matched);
        json.WriteNumber("falseAlarms", truth.FalseAlarms.Count);
        json.WriteNumber("missed", truth.Missed.Count);
        json.WriteNumber("precision", Math.Round(truth.Precision, 4));
        json.WriteNumber("recall", Math.Round(truth.Recall, 4));
        if (truth.UpToSeconds is { } upTo)
        {
            json.WriteNumber("upToSeconds", Math.Round(upTo, 3));
        }

        json.WriteStartArray("missedFindings");
        foreach (var m in truth.Missed)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReportText.JsonName(m.Kind));
            json.WriteString("severity", ReportText.JsonName(m.Severity));
            json.WriteNumber("startSeconds", Math.Round(m.StartSeconds, 3));
            json.WriteNumber("endSeconds", Math.Round(m.EndSeconds, 3));
            json.WriteNumber("manoeuvre", m.ManoeuvreId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("falseAlarmFindings");
        foreach (var f in truth.FalseAlarms)
        {
            WriteFindingBody(json, f);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, Math.Round(value, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
