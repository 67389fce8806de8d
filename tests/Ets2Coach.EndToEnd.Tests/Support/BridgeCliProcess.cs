using System.Diagnostics;
using Ets2Coach.Commands;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>Runs the real <c>ets2coach</c> program (src/Ets2Coach's output, copied next to the tests) as a child process.</summary>
internal static class BridgeCliProcess
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs it to the end; returns its exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        var appDll = typeof(ExitCodes).Assembly.Location;
        var appHost = Path.Combine(Path.GetDirectoryName(appDll)!, OperatingSystem.IsWindows() ? "ets2coach.exe" : "ets2coach");
        var start = File.Exists(appHost) ? new ProcessStartInfo(appHost) : new ProcessStartInfo("dotnet") { ArgumentList = { "exec", appDll } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment.Remove("ETS2COACH_SHM_NAME");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ets2coach did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(s_timeout);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
