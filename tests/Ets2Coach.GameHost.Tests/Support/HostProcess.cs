using System.Diagnostics;
using System.Text.Json;

namespace Ets2Coach.GameHost.Tests.Support;

/// <summary>The Ets2Coach.GameHost executable, started as a child process the way the end-to-end tests will.</summary>
internal sealed class HostProcess : IDisposable
{
    private static readonly TimeSpan s_lineTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Task<string> _stderr;

    public HostProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Ets2Coach.GameHost.exe" : "Ets2Coach.GameHost"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test process may have set these for in-process plugins; the child takes its own options.
        foreach (var variable in new[] { "ETS2COACH_SHM_NAME", "ETS2COACH_FRAME_CAPACITY", "ETS2COACH_EVENT_CAPACITY", "ETS2COACH_PLUGIN" })
        {
            start.Environment.Remove(variable);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    /// <summary>The next stdout line, parsed as JSON; null at end of output.</summary>
    public async Task<JsonElement?> NextLineAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(s_lineTimeout);
        return line is null ? null : JsonDocument.Parse(line).RootElement.Clone();
    }

    /// <summary>Waits for exit; returns the exit code and standard error.</summary>
    public async Task<(int ExitCode, string Stderr)> ExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(s_lineTimeout);
        return (_process.ExitCode, await _stderr);
    }

    /// <summary>Sends SIGTERM, as a parent would to end a hold early.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        // A failed test leaves the host running: SIGTERM lets it shut the plugin down and remove its
        // shared memory; SIGKILL only if it does not stop.
        if (!_process.HasExited)
        {
            Terminate();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill();
                _process.WaitForExit();
            }
        }

        _process.Dispose();
    }
}
