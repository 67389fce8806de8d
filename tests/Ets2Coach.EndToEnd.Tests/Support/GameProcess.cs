using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Ets2Coach.GameHost;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>
/// The real stand-in game (Ets2Coach.GameHost) as a child process: the built host next to the test
/// assembly, started with its apphost (or <c>dotnet exec</c> on its dll), its JSON-lines standard
/// output read in the background. Dispose kills a child that is still running and removes the
/// shared memory it leaves, so a failing test leaves nothing behind.
/// </summary>
internal sealed partial class GameProcess : IDisposable
{
    private const int Sigterm = 15;

    // Generous: a host starts in well under a second, but a loaded 2-core CI machine can stall it.
    private static readonly TimeSpan s_lineTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly Task<string> _stderr;
    private readonly Task _stdout;

    private GameProcess(string shmName, bool belowNormalPriority, IEnumerable<string> arguments)
    {
        ShmName = shmName;
        var hostDll = typeof(StandInGame).Assembly.Location;
        var directory = Path.GetDirectoryName(hostDll)!;
        var appHost = Path.Combine(directory, OperatingSystem.IsWindows() ? "Ets2Coach.GameHost.exe" : "Ets2Coach.GameHost");
        var start = File.Exists(appHost) ? new ProcessStartInfo(appHost) : new ProcessStartInfo("dotnet") { ArgumentList = { "exec", hostDll } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        // The child takes its shared-memory settings from its options only.
        foreach (var variable in new[] { "ETS2COACH_SHM_NAME", "ETS2COACH_FRAME_CAPACITY", "ETS2COACH_EVENT_CAPACITY", "ETS2COACH_PLUGIN" })
        {
            start.Environment.Remove(variable);
        }

        start.ArgumentList.Add("--shm-name");
        start.ArgumentList.Add(shmName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the game host did not start");
        if (belowNormalPriority)
        {
            _process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }

        _stderr = _process.StandardError.ReadToEndAsync();
        _stdout = Task.Run(PumpStandardOutputAsync);
    }

    /// <summary>The shared-memory name the game publishes under.</summary>
    public string ShmName { get; }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>The <c>ready</c> line (set when the game started).</summary>
    public JsonElement Ready { get; private set; }

    /// <summary>The writer generation the <c>ready</c> line reports.</summary>
    public ulong Generation => Ready.GetProperty("generation").GetUInt64();

    /// <summary>Starts the game with <c>--shm-name <paramref name="shmName"/></c> and the arguments, and waits for its <c>ready</c> line.</summary>
    public static Task<GameProcess> StartAsync(string shmName, params string[] arguments) => StartAsync(shmName, belowNormalPriority: false, arguments);

    /// <summary>
    /// As <see cref="StartAsync(string, string[])"/>; with <paramref name="belowNormalPriority"/> the
    /// game runs at nice 10, so that when the machine is short of CPU the scheduler favours the
    /// reader (it changes nothing on an idle machine).
    /// </summary>
    public static async Task<GameProcess> StartAsync(string shmName, bool belowNormalPriority, params string[] arguments)
    {
        var game = new GameProcess(shmName, belowNormalPriority, arguments);
        try
        {
            game.Ready = await game.NextLineAsync("ready");
            Assert.Equal(shmName, game.Ready.GetProperty("shmName").GetString());
            return game;
        }
        catch
        {
            game.Dispose();
            throw;
        }
    }

    /// <summary>Reads lines until one whose <c>event</c> is <paramref name="name"/>; fails on any other line or at the end of output.</summary>
    public async Task<JsonElement> NextLineAsync(string name)
    {
        JsonElement line;
        try
        {
            line = await _lines.Reader.ReadAsync().AsTask().WaitAsync(s_lineTimeout);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"the game ended (exit {ExitCodeText()}) before printing '{name}': {await StandardErrorAsync()}");
        }

        var actual = line.GetProperty("event").GetString();
        return actual == name ? line : throw new InvalidOperationException($"expected the game's '{name}' line, got: {line.GetRawText()}");
    }

    /// <summary>Waits for the game to exit by itself; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(s_lineTimeout);
        await _stdout.WaitAsync(s_lineTimeout);
        return _process.ExitCode;
    }

    /// <summary>Everything the game wrote on standard error (complete once it exited).</summary>
    public Task<string> StandardErrorAsync() => _stderr.WaitAsync(s_lineTimeout);

    /// <summary>
    /// Ends a game started with <c>--hold-at-end</c> once the reader has what it needs: waits for its
    /// <c>played</c> line, sends SIGTERM (the game then unloads the plugin, which removes the block),
    /// and returns its <c>done</c> line after checking that it exited with 0 and printed no error.
    /// </summary>
    /// <remarks>
    /// The hold is what makes the tests deterministic: a short run would otherwise end, and remove
    /// its block, before a reader started after the <c>ready</c> line had opened it.
    /// </remarks>
    public async Task<JsonElement> FinishAsync()
    {
        await NextLineAsync("played");
        return await StopAsync(played: true);
    }

    /// <summary>
    /// Stops the game now with SIGTERM, as a user closing it: it ends its frame loop, unloads the
    /// plugin (which removes the block) and prints its <c>played</c> and <c>done</c> lines. Returns
    /// the <c>done</c> line, whose <c>frames</c> is how many frames it published.
    /// </summary>
    public async Task<JsonElement> StopAsync() => await StopAsync(played: false);

    private async Task<JsonElement> StopAsync(bool played)
    {
        if (Kill(_process.Id, Sigterm) != 0)
        {
            throw new InvalidOperationException("SIGTERM could not be sent to the game");
        }

        if (!played)
        {
            await NextLineAsync("played");
        }

        var done = await NextLineAsync("done");
        Assert.Equal(0, await WaitForExitAsync());
        Assert.Equal(string.Empty, await StandardErrorAsync());
        return done;
    }

    /// <summary>SIGKILL: the game dies without shutting the plugin down, like a crash.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit(s_lineTimeout);
    }

    /// <summary>
    /// Kills the game if it is still running (a test failed) and then removes the block it could
    /// not unlink. A game that ended by itself or by <see cref="KillHard"/> is left as it is: the
    /// test checks what it left.
    /// </summary>
    public void Dispose()
    {
        var killed = false;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(s_lineTimeout);
                killed = true;
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        _process.Dispose();
        if (killed)
        {
            BridgeShm.Remove(ShmName);
        }
    }

    private async Task PumpStandardOutputAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } text)
            {
                using var document = JsonDocument.Parse(text);
                _lines.Writer.TryWrite(document.RootElement.Clone());
            }
        }
        finally
        {
            _lines.Writer.TryComplete();
        }
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private string ExitCodeText() => _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "not yet";
}
