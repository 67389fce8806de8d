using System.Diagnostics;
using Ets2Coach.GameHost.Attributes;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>
/// Plays a <see cref="DriveSimulator"/> drive into an initialised <see cref="StandInGame"/>, the way
/// the game would have played it: configuration changes through <see cref="StandInGame.SetConfiguration"/>,
/// gameplay events through <see cref="StandInGame.QueueGameplayEvent"/>, and every frame through
/// <see cref="StandInGame.PlayFrame"/>. Pause/start and timer restart are not played as events: the game
/// derives them from the frame's state, as the plugin expects.
/// </summary>
internal static class DriveScenarioRunner
{
    /// <summary>
    /// Plays every frame of the drive (or until cancelled), paced so that simulation time runs
    /// <see cref="DriveScenarioOptions.Speedup"/> times faster than wall time.
    /// </summary>
    public static ScenarioSummary Run(StandInGame game, DriveScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(options);
        var simulator = new DriveSimulator(options.Simulation);

        // Frame n is at simulation time (n − 1)/rate, so pacing frame indices at rate × speedup
        // runs simulation time `speedup` times faster than the wall clock.
        _ = cancellationToken.WaitHandle; // the pacer sleeps on it: created once, before allocations are counted
        var pacer = new DrivePacer(options.Speedup > 0 ? options.Simulation.RateHz * options.Speedup : 0);
        Span<TelemetryEvent> events = stackalloc TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        var eventsBefore = game.GameplayEventsPlayed;
        var framesBefore = game.FramesPlayed;
        long configurationAllocations = 0;
        var allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0L; !cancellationToken.IsCancellationRequested; i++)
        {
            if (!simulator.TryStep(out var frame, events, out var eventCount, out var configuration))
            {
                break;
            }

            for (var e = 0; e < eventCount; e++)
            {
                // Configuration, pause/start and timer restart come from SetConfiguration and the frame state.
                if (GameplayEventEncoder.IsGameplay(events[e].Kind))
                {
                    game.QueueGameplayEvent(events[e]);
                }
            }

            pacer.WaitFor(i, cancellationToken);
            if (configuration is null)
            {
                game.PlayFrame(frame);
                continue;
            }

            // A configuration change allocates (attribute strings): counted apart, like the invariant
            // scenario's reloads, so the per-frame figure stays the frame loop's own.
            var before = GC.GetAllocatedBytesForCurrentThread();
            game.SetConfiguration(configuration);
            game.PlayFrame(frame);
            configurationAllocations += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart - configurationAllocations;
        return new ScenarioSummary(
            game.FramesPlayed - framesBefore,
            game.GameplayEventsPlayed - eventsBefore,
            0,
            0,
            stopwatch.Elapsed.TotalSeconds,
            allocated,
            cancellationToken.IsCancellationRequested);
    }
}
