using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Ets2Coach.Demo;

/// <summary>
/// The stand-in game as a child process: started with its standard input kept open (closing it stops
/// the game cleanly, and the game stops by itself if this process dies), its JSON-lines standard output
/// followed for <c>ready</c> and <c>played</c>, its standard error kept for the error message.
/// </summary>
internal sealed class GameHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(5);
    private readonly Process _process;
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _output;
    private readonly Task<string> _error;
    private long _playedFrames = -1;
    private bool _stopped;

    private GameHostProcess(Process process, TimeProvider time)
    {
        _process = process;
        _time = time;
        _error = process.StandardError.ReadToEndAsync();
        _output = FollowOutputAsync();
    }

    /// <summary>True once the game said <c>ready</c> (plugin loaded and initialised); false if it ended without.</summary>
    public Task<bool> Ready => _ready.Task;

    /// <summary>Frames the game played, once it said <c>played</c>; else null.</summary>
    public long? PlayedFrames => Interlocked.Read(ref _playedFrames) is >= 0 and var frames ? frames : null;

    /// <summary>True when the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code (after <see cref="HasExited"/>).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <paramref name="launch"/> with <paramref name="arguments"/>; <paramref name="time"/> times the waits for it.</summary>
    public static bool TryStart(GameHostLaunch launch, IEnumerable<string> arguments, TimeProvider time, [NotNullWhen(true)] out GameHostProcess? host, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(time);
        var start = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The game gets its settings from its arguments only, not from this shell's variables.
        foreach (var variable in new[] { "ETS2COACH_SHM_NAME", "ETS2COACH_FRAME_CAPACITY", "ETS2COACH_EVENT_CAPACITY", "ETS2COACH_PLUGIN" })
        {
            start.Environment.Remove(variable);
        }

        foreach (var argument in launch.Arguments.Concat(arguments).Concat(["--plugin", launch.PluginPath]))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            host = new GameHostProcess(Process.Start(start) ?? throw new InvalidOperationException("no process was started"), time);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            host = null;
            error = $"Cannot start the stand-in game ({launch.FileName}): {ex.Message}";
            return false;
        }
    }

    /// <summary>The game's first error line (it writes one line and exits non-zero when it fails).</summary>
    public async Task<string> ErrorLineAsync()
    {
        var text = (await _error.ConfigureAwait(false)).Trim();
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 0 ? line : $"it exited with code {_process.ExitCode} without a message";
    }

    /// <summary>Asks the game to stop (closes its standard input); it shuts the plugin down and exits.</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the process to end.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout, _time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Stops the game (killing it if it does not stop within 5 s) and releases the process.</summary>
    public async ValueTask DisposeAsync()
    {
        Stop();
        if (!await WaitForExitAsync(s_stopTimeout).ConfigureAwait(false))
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        await _output.ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task FollowOutputAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                switch (EventOf(line))
                {
                    case "ready":
                        _ready.TrySetResult(true);
                        break;
                    case "played":
                        Interlocked.Exchange(ref _playedFrames, FramesOf(line));
                        break;
                    default:
                        break;
                }
            }
        }
        finally
        {
            _ready.TrySetResult(false);
        }
    }

    private static string? EventOf(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long FramesOf(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.TryGetProperty("frames", out var frames) && frames.TryGetInt64(out var n) ? n : 0;
    }
}
