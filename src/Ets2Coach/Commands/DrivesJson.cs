using System.Text;
using System.Text.Json;
using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.History.Rescoring;

namespace Ets2Coach.Commands;

/// <summary>
/// The <c>--json</c> output of the <c>drives</c> commands: one compact JSON document per command.
/// Names carry their units (<c>distanceKm</c>, <c>durationSeconds</c>); enum values are their names
/// (<c>HardBraking</c>, <c>Serious</c>, <c>LowRisk</c>); a number JSON cannot hold (NaN) is null.
/// </summary>
internal static class DrivesJson
{
    public static string Render(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void WriteSummary(Utf8JsonWriter w, DriveSummary d)
    {
        w.WriteStartObject();
        WriteDriveFields(w, d.Id, d.StartedAt, d.EndedAt, d.GameId, d.FrameRateHz, d.FramesRead, d.FramesLost, d.FramesTorn, d.FilePath, d.Simulation);
        w.WriteNumber("distanceKm", d.DistanceKm);
        w.WriteNumber("durationSeconds", d.DurationSeconds);
        w.WriteNumber("overall", d.Overall);
        w.WriteString("band", d.Band.ToString());
        w.WriteNumber("findings", d.EventCount);
        w.WriteStartObject("bySeverity");
        w.WriteNumber("info", d.InfoCount);
        w.WriteNumber("minor", d.MinorCount);
        w.WriteNumber("serious", d.SeriousCount);
        w.WriteNumber("dangerous", d.DangerousCount);
        w.WriteEndObject();
        WriteStringOrNull(w, "optionsFingerprint", d.OptionsFingerprint);
        w.WriteEndObject();
    }

    public static void WriteDrive(Utf8JsonWriter w, DriveRecord d, bool fileExists, string currentFingerprint)
    {
        var s = d.Scoring;
        w.WriteStartObject();
        WriteDriveFields(w, d.Id, d.StartedAt, d.EndedAt, d.GameId, d.FrameRateHz, d.FramesRead, d.FramesLost, d.FramesTorn, d.FilePath, d.Simulation);
        w.WriteBoolean("fileExists", fileExists);
        w.WriteNumber("distanceKm", s.DistanceKm);
        w.WriteNumber("durationSeconds", s.DurationSeconds);
        w.WriteNumber("normalisationKm", s.NormalisationKm);
        w.WriteNumber("overall", s.Overall);
        w.WriteString("band", s.Band.ToString());
        w.WriteNumber("findings", s.Events.Count);
        WriteStringOrNull(w, "optionsFingerprint", s.OptionsFingerprint);
        w.WriteBoolean("scoredWithCurrentOptions", s.OptionsFingerprint == currentFingerprint);
        w.WriteStartArray("habits");
        foreach (var h in s.Habits)
        {
            w.WriteStartObject();
            w.WriteString("habit", h.Category.ToString());
            w.WriteNumber("score", h.Score);
            w.WriteNumber("points", h.Points);
            w.WriteNumber("findings", h.Findings);
            w.WriteNumber("pointsPer100Km", h.PointsPer100Km);
            w.WriteNumber("weightPercent", h.WeightPercent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in s.Events)
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind.ToString());
            w.WriteString("severity", e.Severity.ToString());
            w.WriteString("habit", e.Category.ToString());
            w.WriteString("name", HabitCatalog.DisplayName(e.Kind));
            w.WriteNumber("startSeconds", e.StartSeconds);
            w.WriteNumber("endSeconds", e.EndSeconds);
            WriteNumberOrNull(w, "positionXMetres", e.Position.XMetres);
            WriteNumberOrNull(w, "positionYMetres", e.Position.YMetres);
            WriteNumberOrNull(w, "positionZMetres", e.Position.ZMetres);
            WriteNumberOrNull(w, "speedMps", e.SpeedMps);
            WriteNumberOrNull(w, "measured", e.MeasuredValue);
            WriteNumberOrNull(w, "threshold", e.Threshold);
            w.WriteString("unit", e.Unit);
            w.WriteString("detail", e.Detail);
            w.WriteString("advice", e.Advice);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteOutcome(Utf8JsonWriter w, RescoreOutcome o)
    {
        w.WriteStartObject();
        w.WriteNumber("id", o.DriveId);
        w.WriteString("status", o.Status.ToString());
        WriteStringOrNull(w, "file", o.FilePath);
        w.WriteNumber("previousOverall", o.PreviousOverall);
        w.WriteNumber("previousFindings", o.PreviousEventCount);
        if (o.Overall is { } overall)
        {
            w.WriteNumber("overall", overall);
        }
        else
        {
            w.WriteNull("overall");
        }

        WriteStringOrNull(w, "band", o.Band?.ToString());
        if (o.EventCount is { } findings)
        {
            w.WriteNumber("findings", findings);
        }
        else
        {
            w.WriteNull("findings");
        }

        WriteStringOrNull(w, "message", o.Message);
        w.WriteEndObject();
    }

    private static void WriteDriveFields(Utf8JsonWriter w, long id, DateTimeOffset started, DateTimeOffset ended, string game, double rateHz, long read, long lost, long torn, string? file, SimulationInfo? simulation)
    {
        w.WriteNumber("id", id);
        w.WriteString("startedUtc", started.ToUniversalTime());
        w.WriteString("endedUtc", ended.ToUniversalTime());
        w.WriteString("game", game);
        w.WriteNumber("frameRateHz", rateHz);
        w.WriteNumber("framesRead", read);
        w.WriteNumber("framesLost", lost);
        w.WriteNumber("framesTorn", torn);
        WriteStringOrNull(w, "file", file);
        w.WriteBoolean("simulated", simulation is not null);
        if (simulation is null)
        {
            w.WriteNull("simulation");
        }
        else
        {
            w.WriteStartObject("simulation");
            w.WriteString("profile", simulation.Profile);
            w.WriteNumber("seed", simulation.Seed);
            w.WriteEndObject();
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, float value)
    {
        if (float.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
