using System.Diagnostics;
using System.Text.Json;

namespace Ets2Coach.EndToEnd.Tests;

/// <summary>
/// A child process of the end-to-end tests (the stand-in game or <c>ets2coach</c> itself), started
/// from the test's output folder where the project references put both executables and the plugin.
/// </summary>
internal sealed class DemoProcess : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private DemoProcess(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, bool keepStdinOpen)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? program + ".exe" : program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = keepStdinOpen,
            UseShellExecute = false,
        };

        // The test process may carry a developer's settings: the child takes only what the test gives it.
        foreach (var variable in new[] { "ETS2COACH_SHM_NAME", "ETS2COACH_FRAME_CAPACITY", "ETS2COACH_EVENT_CAPACITY", "ETS2COACH_PLUGIN" })
        {
            start.Environment.Remove(variable);
        }

        // Drive files and the history go to a folder of this test run, never the developer's own,
        // unless the test chooses the data folder itself.
        start.Environment.Remove("ETS2COACH_DATA_DIR");
        if (environment is null || !(environment.ContainsKey("ETS2COACH_DATA_DIR") || environment.ContainsKey("XDG_DATA_HOME")))
        {
            start.Environment["ETS2COACH_DATA_DIR"] = Path.Combine(Path.GetTempPath(), $"e2c-e2e-tests-{Environment.ProcessId}");
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts the stand-in game with standard input kept open (close it to stop the game).</summary>
    public static DemoProcess Game(params string[] arguments) => new("Ets2Coach.GameHost", arguments, null, keepStdinOpen: true);

    /// <summary>Starts <c>ets2coach</c>.</summary>
    public static DemoProcess Coach(IReadOnlyDictionary<string, string>? environment, params string[] arguments) => new("ets2coach", arguments, environment, keepStdinOpen: false);

    /// <summary>The next standard-output line parsed as JSON; null at the end of the output.</summary>
    public async Task<JsonElement?> NextJsonLineAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(s_timeout);
        return line is null ? null : JsonDocument.Parse(line).RootElement.Clone();
    }

    /// <summary>Closes standard input (the stand-in game's stop signal).</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Reads the rest of standard output, waits for the exit; returns the exit code, output and error.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunToEndAsync()
    {
        var output = await _process.StandardOutput.ReadToEndAsync().WaitAsync(s_timeout);
        await _process.WaitForExitAsync().WaitAsync(s_timeout);
        return (_process.ExitCode, output, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
