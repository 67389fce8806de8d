using System.Globalization;
using System.Text.Json;
using Ets2Coach.Commands;
using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Reporting;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Coaching;

/// <summary>
/// Runs the detectors over a drive file (<see cref="DriveFileTelemetrySource"/> → <see cref="TelemetryPump"/>
/// → <see cref="HabitEngine"/>): the findings as they are decided and the habit report, exactly as the
/// live drive scored. Damage in the file is shown as warnings and the intact part is scored. When the
/// file says it holds a simulated drive, the report compares the findings with the simulator's ground truth.
/// </summary>
internal static class ReplayRunner
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Replays <paramref name="path"/>; returns the exit code.</summary>
    /// <param name="path">The drive file.</param>
    /// <param name="options">Pace and speed.</param>
    /// <param name="writer">Where findings, warnings and the report go.</param>
    /// <param name="title">The report's title; null for one made from the file.</param>
    /// <param name="extraWarnings">Warnings already shown (e.g. an import's), repeated in the report.</param>
    /// <param name="extra">Command-specific members of the JSON summary.</param>
    /// <param name="cancellationToken">Ctrl-C: stop and report what was replayed.</param>
    /// <param name="historyDatabase">When set, the scored drive is stored in this drive history (imports); null for a plain replay.</param>
    public static async Task<int> RunAsync(
        string path, DriveReplayOptions options, ReportWriter writer, string? title, IReadOnlyList<string> extraWarnings,
        Action<Utf8JsonWriter>? extra, CancellationToken cancellationToken, string? historyDatabase = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!DriveFileTelemetrySource.TryOpen(path, options, out var source, out var error))
        {
            writer.Error(error);
            return ExitCodes.BadInput;
        }

        using (source)
        {
            var engine = new HabitEngine(HabitOptions.Default, () => source.Configuration);
            engine.FindingReported += (_, finding) => writer.Finding(finding);
            var session = new CoachingSession(source, engine, null);
            var pump = new TelemetryPump(1024, 256);
            var warnings = new List<string>(extraWarnings);
            var damageShown = 0;
            var interrupted = false;
            while (true)
            {
                var frames = pump.Pump(source, session);
                damageShown = ShowDamage(source, writer, warnings, damageShown);
                if (cancellationToken.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }

                if (frames > 0)
                {
                    continue;
                }

                if (((ITelemetrySource)source).State == TelemetrySourceState.Ended)
                {
                    break;
                }

                try
                {
                    if (!await source.WaitAsync(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException)
                {
                    interrupted = true;
                    break;
                }
            }

            pump.FlushPending(session);
            engine.Complete();
            ShowDamage(source, writer, warnings, damageShown);
            var report = Report(source, session, title ?? TitleOf(path, source.Header), warnings, interrupted);
            if (historyDatabase is not null && session.Frames > 0 && !interrupted)
            {
                report = report with { History = Store(historyDatabase, path, source, report.Score.DurationSeconds, engine) };
            }

            writer.Report(report, extra);
            return interrupted ? ExitCodes.Interrupted : ExitCodes.Success;
        }
    }

    private static DriveReport Report(DriveFileTelemetrySource source, CoachingSession session, string title, List<string> warnings, bool interrupted)
    {
        var engine = session.Engine;
        var status = source.Status;
        long lostToDamage = 0;
        foreach (var damage in source.Damage)
        {
            lostToDamage += damage.FramesLost ?? 0;
        }

        var header = source.Header;
        GroundTruthSummary? truth = null;
        if (SimulatedDrive.TryParse(header.Source, out var simulation))
        {
            truth = GroundTruthSummary.Compare(engine.Findings, new DriveSimulator(simulation).GroundTruth, session.ClockSeconds);
        }

        return new DriveReport
        {
            Title = title,
            Source = SourceLine(header),
            Score = engine.Score(),
            Findings = engine.Findings,
            Frames = new FrameCounts(status.FramesRead, lostToDamage, 0, status.EventsRead, status.EventsLost, "lost to file damage"),
            GroundTruth = truth,
            DisabledDetectors = engine.DisabledDetectors,
            PartlyBlindDetectors = [.. engine.DetectorStatuses.Where(d => d.Enabled && d.SignalCoverage < 1)],
            Warnings = warnings,
            Interrupted = interrupted,
        };
    }

    private static HistorySummary Store(string database, string path, DriveFileTelemetrySource source, double durationSeconds, HabitEngine engine)
    {
        var header = source.Header;
        var started = header.StartedAt == default ? DateTimeOffset.UtcNow : header.StartedAt;
        var simulation = SimulatedDrive.TryParse(header.Source, out var options) ? new SimulationInfo(options.Profile.Name, options.Seed) : null;
        return HistoryStore.Store(database, engine, new StoredDrive(
            started, started.AddSeconds(durationSeconds), header.GameId, header.FrameRateHz, source.Status, path, simulation));
    }

    private static int ShowDamage(DriveFileTelemetrySource source, ReportWriter writer, List<string> warnings, int shown)
    {
        var damage = source.Damage;
        for (; shown < damage.Count; shown++)
        {
            writer.Warning(damage[shown].Message);
            warnings.Add(damage[shown].Message);
        }

        return shown;
    }

    private static string TitleOf(string path, DriveFileHeader header) =>
        SimulatedDrive.TryParse(header.Source, out var simulation)
            ? string.Create(s_invariant, $"Replay of {Path.GetFileName(path)}: simulated practice drive, {simulation.Profile.Name} driver, seed {simulation.Seed}, {simulation.DurationMinutes:0.##} min")
            : $"Replay of {Path.GetFileName(path)}";

    private static string SourceLine(DriveFileHeader header)
    {
        var game = header.GameName ?? header.GameId;
        var recorded = header.StartedAt == default ? "" : string.Create(s_invariant, $", recorded {header.StartedAt.ToLocalTime():yyyy-MM-dd HH:mm}");
        var by = header.CoachVersion.Length > 0 ? $" by Ets2Coach {header.CoachVersion}" : "";
        var origin = header.Source.StartsWith("csv:", StringComparison.Ordinal) ? $"imported from {header.Source[4..]}" : game;
        return $"{origin}{recorded}{by}";
    }
}
