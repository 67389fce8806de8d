using System.Diagnostics.CodeAnalysis;
using Ets2Coach.Habits;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Telemetry;

namespace Ets2Coach.History.Rescoring;

/// <summary>
/// Scores a recorded drive: its file replayed as fast as possible (<see cref="DriveFileTelemetrySource"/>)
/// through a <see cref="TelemetryPump"/> into a <see cref="HabitEngine"/> — the same pipeline as the
/// live drive, so a file scores exactly as the drive did under the same options.
/// </summary>
public static class DriveFileScorer
{
    private const int FrameBatch = 1024;
    private const int EventBatch = 1024;

    /// <summary>Scores the drive file at <paramref name="path"/> under <paramref name="options"/>; damaged stretches are skipped and listed.</summary>
    /// <returns>False with a one-line reason when the file cannot be opened or is not a drive file.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static bool TryScore(string path, HabitOptions options, [NotNullWhen(true)] out DriveFileScore? score, [NotNullWhen(false)] out string? error, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        score = null;
        if (!DriveFileTelemetrySource.TryOpen(path, null, out var source, out error))
        {
            return false;
        }

        using (source)
        {
            var engine = new HabitEngine(options, () => source.Configuration);
            var pump = new TelemetryPump(FrameBatch, EventBatch);

            // As fast as possible, a replay returns no frame only at its end; the pump then hands over the last events.
            while (pump.Pump(source, engine) > 0 || ((ITelemetrySource)source).State != TelemetrySourceState.Ended)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            pump.FlushPending(engine);
            engine.Complete();
            score = new DriveFileScore
            {
                Scoring = DriveScoring.From(engine),
                Header = source.Header,
                Damage = source.Damage,
                FramesRead = source.Status.FramesRead,
            };
            return true;
        }
    }
}
