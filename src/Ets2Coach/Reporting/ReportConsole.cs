using Spectre.Console;

namespace Ets2Coach.Reporting;

/// <summary>
/// The Spectre.Console console the commands write to. Colours and live displays only on a real
/// terminal: redirected output (a file, a pipe, a test's writer) gets plain lines with no escape codes.
/// </summary>
internal static class ReportConsole
{
    /// <summary>A console over <paramref name="output"/> (the command's standard output).</summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var target = new AnsiConsoleOutput(output);

        // Spectre's own detection trusts TERM even when the output goes to a file or a pipe: decide here.
        var terminal = target.IsTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = target,
        });

        if (!terminal)
        {
            // Spectre assumes 80 columns when it cannot ask a terminal; a log is read wider.
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>True when live displays (a status line that rewrites itself) are safe: an interactive terminal.</summary>
    public static bool CanShowLiveStatus(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return console.Profile.Capabilities.Interactive && console.Profile.Out.IsTerminal;
    }
}
