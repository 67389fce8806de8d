using System.Globalization;
using Ets2Coach.Coaching;
using Ets2Coach.Commands;
using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Reporting;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.Demo;

/// <summary>
/// <c>ets2coach demo</c>: starts the stand-in game with a simulated drive, coaches it live from the
/// plugin's shared memory exactly as it would coach the real game (reader → pump → habit engine and
/// recorder), prints findings as they happen and ends with the habit report, including how the
/// coach's findings compare with what the simulator planted.
/// </summary>
internal static class DemoRunner
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;
    private static readonly TimeSpan s_statusInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs the demo; returns the exit code.</summary>
    public static async Task<int> RunAsync(DemoSettings settings, ReportWriter writer, DemoEnvironment environment, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);
        if (!GameHostLaunch.TryResolve(environment.HostDirectory, environment.PluginPath, out var launch, out var error))
        {
            writer.Error(error);
            return ExitCodes.GameFailed;
        }

        // The plan and its ground truth depend on the options alone: the coach knows what the
        // game will plant without being told, and compares at the end.
        var simulation = settings.Simulation;
        var plan = new DriveSimulator(simulation);
        var startedAt = time.GetUtcNow();
        var shmName = string.Create(s_invariant, $"ets2coach-demo-{Environment.ProcessId}-{Guid.NewGuid():N}");
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = shmName, TimeProvider = time });
        writer.Note(Describe(settings));
        writer.Note(string.Create(s_invariant,
            $"{plan.TotalFrames:N0} frames, played {(settings.Speedup > 0 ? $"at {settings.Speedup:0.##}× real time" : "as fast as possible")} by the stand-in game through the real plugin; findings as they happen:"));
        if (!GameHostProcess.TryStart(launch, HostArguments(settings, shmName, plan.TotalFrames), time, out var host, out error))
        {
            writer.Error(error);
            return ExitCodes.GameFailed;
        }

        await using (host.ConfigureAwait(false))
        {
            var started = await WaitUntilReadyAsync(host, environment.StartTimeout, time, cancellationToken).ConfigureAwait(false);
            if (started != StartResult.Ready)
            {
                return await FailToStartAsync(started, host, writer, environment).ConfigureAwait(false);
            }

            var engine = new HabitEngine(HabitOptions.Default, () => source.Configuration);
            engine.FindingReported += (_, finding) => writer.Finding(finding);
            var recording = settings.Record ? Recording(settings, simulation, environment, time, writer) : null;
            var session = new CoachingSession(source, engine, recording);
            var pump = new TelemetryPump(1024, 256);
            var outcome = DemoOutcome.Completed;
            await LiveStatus.RunAsync(writer, "Waiting for the stand-in game…", async status =>
            {
                outcome = await DriveAsync(source, host, pump, session, recording, status, plan, environment.StartTimeout, time, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

            host.Stop();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            if (outcome != DemoOutcome.Completed)
            {
                // Whatever the game published before it stopped is still in the mapping: coach it too.
                while (pump.Pump(source, session) > 0)
                {
                }
            }

            pump.FlushPending(session);
            engine.Complete();
            var recorded = recording is null ? null : await recording.CompleteAsync().ConfigureAwait(false);
            var history = settings.StoreInHistory && session.Frames > 0
                ? HistoryStore.Store(settings.HistoryDatabase ?? environment.Paths.HistoryDatabase, engine, new StoredDrive(
                    startedAt, time.GetUtcNow(), source.Status.Writer?.GameId ?? "", settings.RateHz, source.Status, recorded?.Path,
                    new SimulationInfo(settings.Profile.Name, settings.Seed)))
                : null;
            return await FinishAsync(outcome, source, host, session, plan, recorded, history, settings, environment.StartTimeout, writer).ConfigureAwait(false);
        }
    }

    /// <summary>The stand-in game's arguments for this drive.</summary>
    internal static IReadOnlyList<string> HostArguments(DemoSettings settings, string shmName, long totalFrames) =>
    [
        "--scenario", "drive",
        "--profile", settings.Profile.Name,
        "--seed", settings.Seed.ToString(s_invariant),
        "--rate", settings.RateHz.ToString("R", s_invariant),
        "--minutes", settings.Minutes.ToString("R", s_invariant),
        "--speedup", settings.Speedup.ToString("R", s_invariant),
        "--noise", settings.Noise.ToString().ToLowerInvariant(),
        "--shm-name", shmName,
        "--frame-capacity", FrameCapacity(settings, totalFrames).ToString(s_invariant),
        "--hold-at-end", "3600",
        "--until-stdin-closes",
    ];

    /// <summary>
    /// The frame ring the game is asked for: at least 10 s of its frames at the paced rate (the plugin's
    /// default 4,096 frames is 68 s at 60 Hz but 4.5 s at 15×), and the whole drive when it plays as fast
    /// as it can, up to 2^16 frames (21 MB of shared memory). Lost frames are counted and reported either way.
    /// </summary>
    internal static int FrameCapacity(DemoSettings settings, long totalFrames)
    {
        const int Smallest = 4096, Largest = 1 << 16;
        var wanted = settings.Speedup > 0 ? settings.RateHz * settings.Speedup * 10 : totalFrames;
        var capacity = Smallest;
        while (capacity < wanted && capacity < Largest)
        {
            capacity *= 2;
        }

        return capacity;
    }

    private static async Task<DemoOutcome> DriveAsync(
        SharedMemoryTelemetrySource source, GameHostProcess host, TelemetryPump pump, CoachingSession session, DriveRecording? recording,
        Action<string> status, DriveSimulator plan, TimeSpan startTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var waitingSince = time.GetTimestamp();
        var lastStatus = waitingSince;
        var totalSeconds = plan.GroundTruth.DurationSeconds;
        for (var pass = 0L; ; pass++)
        {
            var frames = pump.Pump(source, session);
            if ((pass & 63) == 0)
            {
                recording?.CheckHealth();
            }

            var now = time.GetTimestamp();
            if (time.GetElapsedTime(lastStatus, now) >= s_statusInterval)
            {
                lastStatus = now;
                status(string.Create(s_invariant,
                    $"Driving {ReportText.Clock(session.ClockSeconds)} of {ReportText.Clock(totalSeconds)}, {session.SpeedMps * 3.6:0} km/h, {session.Engine.Findings.Count} findings"));
            }

            if (source.State == TelemetrySourceState.Faulted)
            {
                return DemoOutcome.Faulted;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return DemoOutcome.Interrupted;
            }

            if (frames > 0)
            {
                continue;
            }

            if (host.PlayedFrames is { } played)
            {
                // Everything the game published before it said "played" is in shared memory by now:
                // done once the reader has accounted for every frame (read, or counted lost or torn).
                var s = source.Status;
                if (s.FramesRead + s.FramesLost + s.FramesTorn >= played)
                {
                    return DemoOutcome.Completed;
                }
            }

            // The game holds its shared memory open until it is told to stop: ending on its own is a failure.
            if (host.HasExited)
            {
                return DemoOutcome.GameDied;
            }

            if (session.Frames == 0 && time.GetElapsedTime(waitingSince, now) >= startTimeout)
            {
                return DemoOutcome.NoTelemetry;
            }

            try
            {
                await source.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return DemoOutcome.Interrupted;
            }
        }
    }

    private static async Task<int> FinishAsync(
        DemoOutcome outcome, SharedMemoryTelemetrySource source, GameHostProcess host, CoachingSession session, DriveSimulator plan,
        RecordingSummary? recorded, HistorySummary? history, DemoSettings settings, TimeSpan startTimeout, ReportWriter writer)
    {
        var status = source.Status;
        if (outcome == DemoOutcome.GameDied && session.Frames == 0)
        {
            writer.Error($"The stand-in game stopped before it drove: {await host.ErrorLineAsync().ConfigureAwait(false)}");
            return ExitCodes.GameFailed;
        }

        if (outcome == DemoOutcome.NoTelemetry || (outcome == DemoOutcome.Faulted && session.Frames == 0))
        {
            writer.Error(outcome == DemoOutcome.Faulted
                ? $"The stand-in game's shared memory is unusable: {status.Error}"
                : string.Create(s_invariant, $"The stand-in game published no telemetry within {startTimeout.TotalSeconds:0.#} s: {status.Error ?? "nothing arrived in its shared memory"}."));
            return outcome == DemoOutcome.Faulted ? ExitCodes.Faulted : ExitCodes.NoGame;
        }

        var engine = session.Engine;
        var report = new DriveReport
        {
            Title = Describe(settings),
            Source = status.Writer is { } w
                ? $"{w.GameName} (the stand-in game) through the Ets2Coach plugin {WriterInfo.FormatVersion(w.PluginVersion)}, shared memory '{source.Location}'"
                : null,
            Score = engine.Score(),
            Findings = engine.Findings,
            Frames = new FrameCounts(status.FramesRead, status.FramesLost, status.FramesTorn, status.EventsRead, status.EventsLost),
            Recording = recorded,
            History = history,
            GroundTruth = GroundTruthSummary.Compare(engine.Findings, plan.GroundTruth, session.ClockSeconds),
            DisabledDetectors = engine.DisabledDetectors,
            PartlyBlindDetectors = [.. engine.DetectorStatuses.Where(d => d.Enabled && d.SignalCoverage < 1)],
            Interrupted = outcome != DemoOutcome.Completed,
        };
        writer.Report(report, json =>
        {
            json.WriteStartObject("drive");
            json.WriteString("profile", settings.Profile.Name);
            json.WriteNumber("seed", settings.Seed);
            json.WriteNumber("rateHz", settings.RateHz);
            json.WriteNumber("minutes", settings.Minutes);
            json.WriteNumber("speedup", settings.Speedup);
            json.WriteString("noise", settings.Noise.ToString().ToLowerInvariant());
            json.WriteNumber("framesPlayed", host.PlayedFrames ?? 0);
            json.WriteEndObject();
        });

        switch (outcome)
        {
            case DemoOutcome.Completed:
                return ExitCodes.Success;
            case DemoOutcome.Interrupted:
                return ExitCodes.Interrupted;
            case DemoOutcome.Faulted:
                writer.Error($"The stand-in game's shared memory became unusable: {status.Error}");
                return ExitCodes.Faulted;
            default:
                writer.Error($"The stand-in game stopped before the end of the drive: {await host.ErrorLineAsync().ConfigureAwait(false)}");
                return ExitCodes.GameFailed;
        }
    }

    private static async Task<StartResult> WaitUntilReadyAsync(GameHostProcess host, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await host.Ready.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false) ? StartResult.Ready : StartResult.Exited;
        }
        catch (TimeoutException)
        {
            return StartResult.TimedOut;
        }
        catch (OperationCanceledException)
        {
            return StartResult.Cancelled;
        }
    }

    private static async Task<int> FailToStartAsync(StartResult started, GameHostProcess host, ReportWriter writer, DemoEnvironment environment)
    {
        switch (started)
        {
            case StartResult.Exited:
                await host.WaitForExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                writer.Error($"The stand-in game failed to start: {await host.ErrorLineAsync().ConfigureAwait(false)}");
                return ExitCodes.GameFailed;
            case StartResult.TimedOut:
                writer.Error(string.Create(s_invariant, $"The stand-in game did not start within {environment.StartTimeout.TotalSeconds:0.#} s."));
                return ExitCodes.NoGame;
            default:
                return ExitCodes.Interrupted;
        }
    }

    private static DriveRecording Recording(DemoSettings settings, SimulationOptions simulation, DemoEnvironment environment, TimeProvider time, ReportWriter writer)
    {
        var directory = settings.OutDirectory ?? environment.Paths.DrivesDirectory;
        var stem = DriveRecording.StemFor(time.GetLocalNow(), string.Create(s_invariant, $"demo-{settings.Profile.Name}-seed{settings.Seed}"));
        return new DriveRecording(directory, stem, source =>
        {
            var status = source.Status;
            return new DriveRecorderOptions
            {
                Writer = status.Writer,
                WriterGeneration = status.WriterGeneration,
                FrameRateHz = settings.RateHz,
                Configuration = source.Configuration,
                Source = SimulatedDrive.Describe(simulation),
                TimeProvider = time,

                // Paced, the game never outruns the disk; as fast as possible is a batch run whose ring
                // holds the drive, so the coach may wait for the disk rather than drop frames.
                DropWhenBehind = settings.Speedup > 0,
            };
        }, writer.Warning);
    }

    private static string Describe(DemoSettings settings) => string.Create(s_invariant,
        $"Simulated practice drive: {settings.Profile.Name} driver, seed {settings.Seed}, {settings.Minutes:0.##} min at {settings.RateHz:0.##} Hz, {settings.Noise.ToString().ToLowerInvariant()} sensor noise");

    private enum StartResult
    {
        Ready,
        Exited,
        TimedOut,
        Cancelled,
    }
}
