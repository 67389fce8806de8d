using System.CommandLine;
using System.Text.Json;

namespace Ets2Coach.Cli.Tests.Support;

/// <summary>Runs the command line in-process with captured output, as a user's shell would see it.</summary>
internal static class CliRun
{
    /// <summary>The real root command.</summary>
    public static Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args) =>
        InvokeAsync(Program.BuildRootCommand(), args);

    /// <summary>A root command holding just <paramref name="command"/> (built with test seams).</summary>
    public static Task<(int Code, string Output, string Error)> InvokeAsync(Command command, params string[] args) =>
        InvokeAsync(new RootCommand { command }, args);

    /// <summary>The JSON lines of <paramref name="output"/>.</summary>
    public static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    /// <summary>The <c>finding</c> objects of JSON output.</summary>
    public static List<JsonElement> Findings(string output) =>
        [.. JsonLines(output).Where(l => l.TryGetProperty("finding", out _)).Select(l => l.GetProperty("finding"))];

    /// <summary>The final <c>summary</c> object of JSON output.</summary>
    public static JsonElement Summary(string output) => JsonLines(output).Last().GetProperty("summary");

    private static async Task<(int, string, string)> InvokeAsync(RootCommand root, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
