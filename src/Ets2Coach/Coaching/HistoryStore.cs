using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.Reporting;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Coaching;

/// <summary>
/// Puts a coached drive into the drive history (<c>ets2coach drives</c>). Storing is the last step
/// of a drive and never its undoing: a history that cannot be opened or written gives one line in
/// the report while the drive, its findings and its file stay as they are.
/// </summary>
internal static class HistoryStore
{
    /// <summary>Stores the drive <paramref name="engine"/> scored.</summary>
    /// <param name="databasePath">The history database (created when missing).</param>
    /// <param name="engine">The completed engine: findings and scores.</param>
    /// <param name="drive">What is known of the drive besides its scores.</param>
    public static HistorySummary Store(string databasePath, HabitEngine engine, StoredDrive drive)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(drive);
        var record = new DriveRecord
        {
            StartedAt = drive.StartedAt,
            EndedAt = drive.EndedAt,
            GameId = string.IsNullOrEmpty(drive.GameId) ? "eut2" : drive.GameId,
            FrameRateHz = drive.FrameRateHz,
            FramesRead = drive.Status.FramesRead,
            FramesLost = drive.Status.FramesLost,
            FramesTorn = drive.Status.FramesTorn,

            // The history re-scores from files at any working directory: it keeps absolute paths only.
            FilePath = drive.FilePath is null ? null : Path.GetFullPath(drive.FilePath),
            Simulation = drive.Simulation,
            Scoring = DriveScoring.From(engine),
        };

        try
        {
            using var history = DriveHistory.Open(databasePath);
            return new HistorySummary(databasePath, history.AddDrive(record), null);
        }
        catch (DriveHistoryException ex)
        {
            return new HistorySummary(databasePath, null, ex.Message);
        }
        catch (ArgumentException ex)
        {
            return new HistorySummary(databasePath, null, ex.Message);
        }
    }
}

/// <summary>What <see cref="HistoryStore"/> needs to know of a drive besides its scores.</summary>
/// <param name="StartedAt">Wall-clock start (display only).</param>
/// <param name="EndedAt">Wall-clock end (display only).</param>
/// <param name="GameId"><c>eut2</c> or <c>ats</c>; empty when unknown.</param>
/// <param name="FrameRateHz">Nominal frame rate.</param>
/// <param name="Status">The source's counters at the end.</param>
/// <param name="FilePath">The drive file, when it was recorded.</param>
/// <param name="Simulation">Profile and seed of a simulated drive; null for a real one.</param>
internal sealed record StoredDrive(
    DateTimeOffset StartedAt, DateTimeOffset EndedAt, string GameId, double FrameRateHz, TelemetrySourceStatus Status, string? FilePath, SimulationInfo? Simulation);
