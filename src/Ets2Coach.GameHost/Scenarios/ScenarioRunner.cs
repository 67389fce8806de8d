using System.Diagnostics;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>Plays the <see cref="InvariantScenario"/> into an initialised <see cref="StandInGame"/>.</summary>
internal static class ScenarioRunner
{
    /// <summary>
    /// Plays <see cref="ScenarioOptions.Frames"/> frames, with the events, pause window, reload and
    /// reinit the options ask for. <paramref name="onRestart"/> is told about each reload/reinit.
    /// </summary>
    /// <exception cref="InvalidOperationException">The plugin refused a reinit or reload.</exception>
    public static ScenarioSummary Run(StandInGame game, ScenarioOptions options, Action<string, long>? onRestart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(options);
        game.SetConfiguration(InvariantScenario.Configuration);
        var pacer = new FramePacer(options.RateHz);
        var eventsBefore = game.GameplayEventsPlayed;
        var framesBefore = game.FramesPlayed;
        int reloads = 0, reinits = 0;
        long restartAllocations = 0;
        var allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0L; i < options.Frames && !cancellationToken.IsCancellationRequested; i++)
        {
            if (i == options.ReloadAt || i == options.ReinitAt)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var reload = i == options.ReloadAt;
                var result = reload ? game.Reload() : game.Reinit();
                if (result != ScsResult.Ok)
                {
                    throw new InvalidOperationException($"sdk {(reload ? "reload" : "reinit")} before frame {i}: the plugin answered {result}");
                }

                if (reload)
                {
                    reloads++;
                }
                else
                {
                    reinits++;
                }

                onRestart?.Invoke(reload ? "reloaded" : "reinitialised", i);
                restartAllocations += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            pacer.WaitFor(i, cancellationToken);
            var frame = InvariantScenario.Frame(i);
            if (i >= options.PauseAt && i < options.PauseAt + options.PauseFrames)
            {
                frame = frame with { State = frame.State | FrameState.Paused };
            }

            if (options.EventsEvery > 0 && i % options.EventsEvery == 0)
            {
                game.QueueGameplayEvent(InvariantScenario.Event(i / options.EventsEvery));
            }

            if (options.StampPublishTime)
            {
                // Last thing before the game calls the plugin: the latency a reader measures covers
                // the plugin's whole frame path (frame_start, channel callbacks, frame_end's publish).
                frame = frame with { RenderTimeUs = PublishClock.NowMicroseconds() };
            }

            game.PlayFrame(frame);
        }

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart - restartAllocations;
        return new ScenarioSummary(
            game.FramesPlayed - framesBefore,
            game.GameplayEventsPlayed - eventsBefore,
            reloads,
            reinits,
            stopwatch.Elapsed.TotalSeconds,
            allocated,
            cancellationToken.IsCancellationRequested);
    }
}
