using System.Diagnostics;
using System.Globalization;
using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;
using Xunit.Abstractions;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>The game killed mid-stream (a crash): the reader notices, and follows the next game.</summary>
[Collection(BridgeProcesses.Name)]
public sealed class WriterKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Read_GameKilledMidStream_WriterDeadWithin3SecondsThenFollowsTheNextGame()
    {
        var name = BridgeShm.NewName("kill");
        try
        {
            await KillThenRestartAsync(name);
        }
        finally
        {
            BridgeShm.Remove(name);
        }
    }

    private async Task KillThenRestartAsync(string name)
    {
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var recorder = new BridgeRecorder(source);
        var pump = new TelemetryPump();
        TimeSpan noticed;
        int killedPid;
        using (var game = await GameProcess.StartAsync(name, "--frames", "1000000", "--rate", "200"))
        {
            killedPid = game.Id;
            await BridgeDrain.UntilAsync(source, pump, recorder, () => recorder.Frames >= 50 || recorder.Failures > 0, "50 frames");
            Assert.Equal(TelemetrySourceState.Connected, source.State);

            var sinceKill = Stopwatch.StartNew();
            game.KillHard();
            await BridgeDrain.UntilAsync(source, pump, recorder, () => source.State != TelemetrySourceState.Connected, "the reader to notice the kill", timeout: TimeSpan.FromSeconds(20));
            noticed = sinceKill.Elapsed;

            // A killed game cannot unlink its block: it stays until the next game replaces it.
            Assert.True(BridgeShm.Exists(name), "the killed game's block is still there");
        }

        var dead = source.Status;
        output.WriteLine($"WriterDead {noticed.TotalMilliseconds:0} ms after SIGKILL; {BridgeDrain.Describe(dead)}");
        Assert.Equal(TelemetrySourceState.WriterDead, dead.State);
        Assert.Contains($"pid {killedPid.ToString(CultureInfo.InvariantCulture)}", dead.Error, StringComparison.Ordinal);

        // The protocol's 2 s dead-writer timeout, plus at most one wake-up of the reader and the kill itself.
        Assert.True(noticed < TimeSpan.FromSeconds(3), $"noticed after {noticed.TotalMilliseconds:0} ms");

        using (var next = await GameProcess.StartAsync(name, "--frames", "100", "--rate", "0", "--hold-at-end", "60"))
        {
            await BridgeDrain.UntilAsync(source, pump, recorder, () => (recorder.Runs.Count == 2 && recorder.LastFrameNumber >= 100) || recorder.Failures > 0, "the next game's 100 frames");
            await next.FinishAsync();
            Assert.Equal(next.Generation, recorder.Runs[1].Generation);
        }

        var status = source.Status;
        Assert.True(recorder.Failures == 0, recorder.FirstFailure);
        Assert.Equal(1, status.WriterRestarts);
        Assert.Equal(new ulong[] { 1, 1 }, recorder.Runs.Select(r => r.FirstNumber));
        Assert.Equal(100, recorder.Runs[1].Count);
        Assert.Equal(0, recorder.NumberGaps);
        Assert.Equal(0, status.FramesLost);
        Assert.Equal(0, status.FramesTorn);
        Assert.False(BridgeShm.Exists(name), "the next game replaced the stale block and removed it at shutdown");
    }
}
