using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ets2Coach.GameHost;

namespace Ets2Coach.Benchmarks.Latency;

/// <summary>
/// The stand-in game (Ets2Coach.GameHost, copied next to the benchmarks) playing the latency
/// scenario in its own process: every frame's RenderTimeUs is the time it was published.
/// </summary>
internal sealed class LatencyGame : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Task<string> _stderr;
    private readonly string _shmName;
    private bool _disposed;

    public LatencyGame(string shmName, double rateHz, long frames)
    {
        _shmName = shmName;
        var hostDll = typeof(StandInGame).Assembly.Location;
        var appHost = Path.Combine(Path.GetDirectoryName(hostDll)!, OperatingSystem.IsWindows() ? "Ets2Coach.GameHost.exe" : "Ets2Coach.GameHost");
        var start = File.Exists(appHost) ? new ProcessStartInfo(appHost) : new ProcessStartInfo("dotnet") { ArgumentList = { "exec", hostDll } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var argument in new[]
        {
            "--scenario", "latency", "--shm-name", shmName, "--rate", rateHz.ToString(CultureInfo.InvariantCulture),
            "--frames", frames.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the game host did not start");
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Waits for the line whose <c>event</c> is <paramref name="name"/>.</summary>
    public JsonElement WaitFor(string name)
    {
        while (true)
        {
            var read = _process.StandardOutput.ReadLineAsync();
            if (!read.Wait(s_timeout) || read.Result is not { } line)
            {
                throw new InvalidOperationException($"the game ended or hung before '{name}': {(_process.HasExited ? _stderr.Result : "(running)")}");
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("event").GetString() == name)
            {
                return json.RootElement.Clone();
            }
        }
    }

    /// <summary>Kills the game if it still runs (a failed run) and removes the block it then leaves.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(s_timeout);
            File.Delete(Path.Combine("/dev/shm", _shmName));
        }

        _process.Dispose();
    }
}
