using System.Text;
using System.Text.Json;
using Ets2Coach.Habits;
using Spectre.Console;

namespace Ets2Coach.Reporting;

/// <summary>
/// Where a coaching command's output goes: findings as they happen, notes, warnings and the final
/// report, as text (<see cref="HabitReportRenderer"/>) or as JSON lines (<see cref="HabitReportJson"/>).
/// Warnings and errors always go to standard error, so <c>--json</c> output stays machine-readable.
/// </summary>
internal sealed class ReportWriter
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    private ReportWriter(bool json, TextWriter output, TextWriter error)
    {
        Json = json;
        _output = output;
        _error = error;
        Console = ReportConsole.Create(output);
    }

    /// <summary>True for JSON lines.</summary>
    public bool Json { get; }

    /// <summary>The text console over standard output (also in JSON mode, where nothing but JSON is written to it).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>A writer for <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static ReportWriter Create(bool json, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return new ReportWriter(json, output, error);
    }

    /// <summary>A finding as it is decided.</summary>
    public void Finding(HabitEvent finding)
    {
        if (Json)
        {
            WriteJsonLine(json => HabitReportJson.WriteFinding(json, finding));
        }
        else
        {
            HabitReportRenderer.WriteFinding(Console, finding);
        }
    }

    /// <summary>A line for people (text mode only): what is happening.</summary>
    public void Note(string text)
    {
        if (!Json)
        {
            Console.MarkupLine($"[grey]{Markup.Escape(text)}[/]");
        }
    }

    /// <summary>A warning on standard error: the work goes on.</summary>
    public void Warning(string text)
    {
        _error.WriteLine($"warning: {text}");
        _error.Flush();
    }

    /// <summary>An error on standard error, one line: the command is about to fail.</summary>
    public void Error(string text)
    {
        _error.WriteLine(text);
        _error.Flush();
    }

    /// <summary>The end-of-drive report; <paramref name="extra"/> adds command-specific JSON members.</summary>
    public void Report(DriveReport report, Action<Utf8JsonWriter>? extra = null)
    {
        if (Json)
        {
            WriteJsonLine(json => HabitReportJson.WriteSummary(json, report, extra));
        }
        else
        {
            HabitReportRenderer.WriteReport(Console, report);
        }
    }

    private void WriteJsonLine(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        _output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        _output.Flush();
    }
}
