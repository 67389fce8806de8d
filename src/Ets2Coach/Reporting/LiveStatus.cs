using Spectre.Console;

namespace Ets2Coach.Reporting;

/// <summary>
/// A one-line status that rewrites itself under the findings ("driving 03:12 of 15:00 …") on an
/// interactive terminal only; anywhere else (redirected output, <c>--json</c>) updates are dropped,
/// because Spectre's live displays need a terminal.
/// </summary>
internal static class LiveStatus
{
    /// <summary>Runs <paramref name="body"/>, giving it a function that sets the status text.</summary>
    public static async Task RunAsync(ReportWriter writer, string initial, Func<Action<string>, Task> body)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(body);
        if (writer.Json || !ReportConsole.CanShowLiveStatus(writer.Console))
        {
            await body(static _ => { }).ConfigureAwait(false);
            return;
        }

        await writer.Console.Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync(Markup.Escape(initial), context => body(text => context.Status = Markup.Escape(text)))
            .ConfigureAwait(false);
    }
}
