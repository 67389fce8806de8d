using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests;

public sealed class StandInGameTests
{
    [Fact]
    public void TryLoad_MissingFile_ClearError()
    {
        using var game = new StandInGame();
        Assert.False(game.TryLoad("/nonexistent/ets2coach_telemetry.so", out var error));
        Assert.Equal("plugin not found: '/nonexistent/ets2coach_telemetry.so'", error);
        Assert.False(game.IsLoaded);
    }

    [Fact]
    public void TryLoad_NotALibrary_UnableToLoadLikeTheGame()
    {
        var path = Path.Combine(Path.GetTempPath(), "e2c-not-a-plugin-" + Guid.NewGuid().ToString("N") + ".so");
        File.WriteAllText(path, "not an ELF file");
        try
        {
            using var game = new StandInGame();
            Assert.False(game.TryLoad(path, out var error));
            Assert.StartsWith("unable to load: '", error, StringComparison.Ordinal);
            Assert.Contains(game.Log.Lines, l => l.Type == ScsLogType.Error && l.Message.StartsWith("unable to load", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TryLoad_LibraryWithoutTheExports_Refused()
    {
        var libm = new[] { "/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6" }.FirstOrDefault(File.Exists);
        Assert.NotNull(libm);
        using var game = new StandInGame();
        Assert.False(game.TryLoad(libm, out var error));
        Assert.Contains("does not export scs_telemetry_init", error, StringComparison.Ordinal);
        Assert.False(game.IsLoaded);
    }

    [Fact]
    public void TryLoad_SecondInstanceWhileOneHasThePlugin_Throws()
    {
        using var run = new PluginRun();
        using var other = new StandInGame();
        Assert.Throws<InvalidOperationException>(() => other.TryLoad(PluginRun.PluginPath, out _));
    }

    [Fact]
    public void Constructor_UnknownGame_Rejected() =>
        Assert.Throws<ArgumentException>(() => new StandInGame(new StandInGameOptions { GameId = "ets3" }));

    [Theory]
    [InlineData(TelemetryEventKind.Configuration)]
    [InlineData(TelemetryEventKind.Paused)]
    [InlineData(TelemetryEventKind.TimerRestart)]
    public void QueueGameplayEvent_NotAGameplayKind_Rejected(TelemetryEventKind kind)
    {
        using var game = new StandInGame();
        Assert.Throws<ArgumentException>(() => game.QueueGameplayEvent(TelemetryEvent.ForState(0, 0, 0, kind)));
    }

    [Fact]
    public void PlayFrame_WithoutPlugin_Throws()
    {
        using var game = new StandInGame();
        Assert.Throws<InvalidOperationException>(() => game.PlayFrame(InvariantScenario.Frame(0)));
    }

    [Fact]
    public void PlayFrame_SteadyState_AllocatesNothingPerFrameEvenWithEvents()
    {
        using var run = new PluginRun();
        run.Game.SetConfiguration(InvariantScenario.Configuration);
        for (var i = 0L; i < 200; i++)
        {
            Play(run.Game, i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 200L; i < 5_200; i++)
        {
            Play(run.Game, i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(run.Game.GameplayEventsPlayed >= 500);

        static void Play(StandInGame game, long i)
        {
            if (i % 10 == 0)
            {
                game.QueueGameplayEvent(InvariantScenario.Event(i / 10));
            }

            game.PlayFrame(InvariantScenario.Frame(i));
        }
    }

    [Fact]
    public void LogFile_WrittenInGameLogFormat()
    {
        var path = Path.Combine(Path.GetTempPath(), "e2c-game-log-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            using (var run = new PluginRun(new StandInGameOptions { LogFilePath = path }))
            {
                run.Game.PlayFrame(InvariantScenario.Frame(0));
            }

            var lines = File.ReadAllLines(path);
            Assert.StartsWith("************ : log created on : ", lines[0], StringComparison.Ordinal);
            Assert.Matches(@"^\d\d:\d\d:\d\d\.\d\d\d : loading 'ets2coach_telemetry' '.+ets2coach_telemetry\.so'$", lines[1]);
            Assert.Contains(lines, l => l.Contains(" : Ets2Coach ", StringComparison.Ordinal));
            Assert.EndsWith(" : unloaded 'ets2coach_telemetry'", lines[^1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
