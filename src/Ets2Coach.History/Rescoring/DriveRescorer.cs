using System.Runtime.ExceptionServices;
using Ets2Coach.Recording.Reading;

namespace Ets2Coach.History.Rescoring;

/// <summary>
/// Re-scores every stored drive from its drive file with the current options: each file is replayed
/// through the habit engine (<see cref="DriveFileScorer"/>) and the drive's findings and scores are
/// replaced in one transaction per drive. A drive whose file is missing, unreadable or damaged is
/// reported and keeps its scores; the others go on.
/// </summary>
public static class DriveRescorer
{
    /// <summary>Re-scores every drive in <paramref name="history"/>.</summary>
    /// <param name="history">The history; used by one thread at a time (files are scored in parallel, writes are serialised).</param>
    /// <param name="options">Options to score with; null for the defaults.</param>
    /// <param name="progress">Told of each drive as it is done, one at a time, in completion order.</param>
    /// <param name="cancellationToken">Stops between drives (and inside long files); drives already done stay re-scored.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="DriveHistoryException">The database cannot be read or written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RescoreReport Rescore(DriveHistory history, RescoreOptions? options = null, IProgress<RescoreOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= new RescoreOptions();
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var drives = history.DriveFiles();
        var outcomes = new RescoreOutcome[drives.Count];
        var gate = new Lock();
        void RescoreOne(int index)
        {
            var drive = drives[index];
            var (status, score, message) = ScoreFile(drive.Id, drive.FilePath, options, cancellationToken);
            lock (gate)
            {
                if (status == RescoreStatus.Rescored && !history.ReplaceScores(drive.Id, score!.Scoring))
                {
                    (status, message) = (RescoreStatus.Deleted, $"Drive {drive.Id} was deleted while re-scoring.");
                }

                var rescored = status == RescoreStatus.Rescored;
                var outcome = new RescoreOutcome
                {
                    DriveId = drive.Id,
                    Status = status,
                    FilePath = drive.FilePath,
                    PreviousOverall = drive.Overall,
                    PreviousEventCount = drive.EventCount,
                    Overall = rescored ? score!.Scoring.Overall : null,
                    Band = rescored ? score!.Scoring.Band : null,
                    EventCount = rescored ? score!.Scoring.Events.Count : null,
                    Message = message,
                };
                outcomes[index] = outcome;
                progress?.Report(outcome);
            }
        }

        if (options.MaxParallelism == 1 || drives.Count < 2)
        {
            for (var i = 0; i < drives.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RescoreOne(i);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, drives.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, RescoreOne);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // The first failure as itself (a DriveHistoryException, a cancellation), not wrapped.
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                throw;
            }
        }

        return new RescoreReport { OptionsFingerprint = HabitOptionsFingerprint.Of(options.Habits), Drives = outcomes };
    }

    private static (RescoreStatus Status, DriveFileScore? Score, string? Message) ScoreFile(long id, string? path, RescoreOptions options, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return (RescoreStatus.NoFile, null, $"Drive {id} has no drive file; its scores are kept.");
        }

        if (!File.Exists(path))
        {
            return (RescoreStatus.FileMissing, null, $"Drive {id}: its drive file {path} is missing; its scores are kept.");
        }

        DriveFileScore? score;
        try
        {
            // Damage is found by checking CRCs and chunk summaries (a few ns per frame) before a full replay is spent on it.
            if (!options.AcceptDamagedFiles && DriveFileInspector.TryInspect(path, out var report, out _) && !report.IsIntact)
            {
                var damage = report.Damage.Count == 1 ? report.Damage[0].Message : $"{report.Damage[0].Message} (and {report.Damage.Count - 1} more damaged stretches)";
                return (RescoreStatus.FileDamaged, null, $"Drive {id}: {damage}; its scores are kept (accept damaged files to re-score from the intact part).");
            }

            if (!DriveFileScorer.TryScore(path, options.Habits, out score, out var error, cancellationToken))
            {
                return (RescoreStatus.FileUnreadable, null, $"Drive {id}: {error}; its scores are kept.");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in replay or scoring: reported for this drive, and the others go on.
            return (RescoreStatus.Failed, null, $"Drive {id}: scoring {path} failed ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}); its scores are kept.");
        }

        if (!score.IsIntact && !options.AcceptDamagedFiles)
        {
            return (RescoreStatus.FileDamaged, null, $"Drive {id}: {score.DamageSummary}; its scores are kept (accept damaged files to re-score from the intact part).");
        }

        return (RescoreStatus.Rescored, score, score.DamageSummary);
    }
}
