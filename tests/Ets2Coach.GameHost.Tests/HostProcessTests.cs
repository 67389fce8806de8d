using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests;

/// <summary>The host executable's contract with a parent process: JSON lines on stdout, exit codes, signals.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task Invariant_WithReloadReinitPauseAndEvents_ReportsAndExitsCleanly()
    {
        var shm = "e2c-test-" + Guid.NewGuid().ToString("N");
        using var host = new HostProcess("--shm-name", shm, "--frames", "300", "--rate", "0", "--events-every", "7",
            "--reload-at", "100", "--reinit-at", "200", "--pause-at", "50", "--pause-frames", "10");

        var ready = (await host.NextLineAsync())!.Value;
        Assert.Equal("ready", ready.GetProperty("event").GetString());
        Assert.Equal(host.Id, ready.GetProperty("pid").GetInt32());
        Assert.Equal(shm, ready.GetProperty("shmName").GetString());
        Assert.NotEqual(0UL, ready.GetProperty("generation").GetUInt64());
        Assert.Equal("1.01", ready.GetProperty("api").GetString());

        var reloaded = (await host.NextLineAsync())!.Value;
        Assert.Equal("reloaded", reloaded.GetProperty("event").GetString());
        Assert.Equal(100, reloaded.GetProperty("beforeFrame").GetInt64());
        Assert.NotEqual(ready.GetProperty("generation").GetUInt64(), reloaded.GetProperty("generation").GetUInt64());
        Assert.Equal("reinitialised", (await host.NextLineAsync())!.Value.GetProperty("event").GetString());
        Assert.Equal("played", (await host.NextLineAsync())!.Value.GetProperty("event").GetString());

        var done = (await host.NextLineAsync())!.Value;
        Assert.Equal("done", done.GetProperty("event").GetString());
        Assert.Equal(300, done.GetProperty("frames").GetInt64());
        Assert.Equal(43, done.GetProperty("gameplayEvents").GetInt64());
        Assert.Equal(1, done.GetProperty("reloads").GetInt32());
        Assert.Equal(1, done.GetProperty("reinits").GetInt32());
        Assert.False(done.GetProperty("cancelled").GetBoolean());
        Assert.Null(await host.NextLineAsync());

        var (exitCode, stderr) = await host.ExitAsync();
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.False(File.Exists(SharedMemoryView.PathOf(shm)));
    }

    [Fact]
    public async Task HoldAtEnd_ReaderInAnotherProcessVerifiesEveryFrame_ThenSigtermEndsIt()
    {
        var shm = "e2c-test-" + Guid.NewGuid().ToString("N");
        using var host = new HostProcess("--shm-name", shm, "--frame-capacity", "256", "--event-capacity", "256", "--frames", "200", "--rate", "0",
            "--events-every", "3", "--pause-at", "120", "--pause-frames", "20", "--refuse-channel", "truck.wipers", "--hold-at-end", "60");
        Assert.Equal("ready", (await host.NextLineAsync())!.Value.GetProperty("event").GetString());
        Assert.Equal("played", (await host.NextLineAsync())!.Value.GetProperty("event").GetString());

        using (var view = SharedMemoryView.Open(shm))
        {
            Assert.Equal(200UL, view.FramesWritten);
            var frames = view.Frames(1);
            for (var n = 0; n < frames.Count; n++)
            {
                Assert.True(InvariantScenario.TryVerify(frames[n], out var index, out var error), error);
                Assert.Equal(n, index);
                Assert.False(frames[n].Has(TelemetryChannels.Wipers));
                Assert.Equal(n is >= 120 and < 140, frames[n].IsPaused);
            }

            var gameplay = view.Events().Where(e => e.Kind is not (TelemetryEventKind.Configuration or TelemetryEventKind.Paused
                or TelemetryEventKind.Started or TelemetryEventKind.TimerRestart)).ToList();
            Assert.Equal(67, gameplay.Count);
            foreach (var e in gameplay)
            {
                Assert.True(InvariantScenario.TryVerifyEvent(e, 3, out _, out var error), error);
            }
        }

        host.Terminate();
        var done = (await host.NextLineAsync())!.Value;
        Assert.Equal("done", done.GetProperty("event").GetString());
        Assert.True(done.GetProperty("cancelled").GetBoolean());
        Assert.Equal(0, (await host.ExitAsync()).ExitCode);
        Assert.False(File.Exists(SharedMemoryView.PathOf(shm)));
    }

    [Fact]
    public async Task MissingPlugin_OneLineOnStderrAndExitCode2()
    {
        using var host = new HostProcess("--plugin", "/nonexistent/plugin.so", "--frames", "1");
        Assert.Null(await host.NextLineAsync());
        var (exitCode, stderr) = await host.ExitAsync();
        Assert.Equal(2, exitCode);
        Assert.Equal("Ets2Coach.GameHost: plugin not found: '/nonexistent/plugin.so'", stderr.TrimEnd());
    }

    [Fact]
    public async Task BadOption_ErrorOnStderrNothingOnStdoutExitCode1()
    {
        using var host = new HostProcess("--rate", "-5");
        Assert.Null(await host.NextLineAsync());
        var (exitCode, stderr) = await host.ExitAsync();
        Assert.Equal(1, exitCode);
        Assert.Equal("Ets2Coach.GameHost: --rate must be 0 or a positive number", stderr.TrimEnd());
    }
}
