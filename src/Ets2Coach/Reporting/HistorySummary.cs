namespace Ets2Coach.Reporting;

/// <summary>Where a drive was stored in the drive history, or why it was not.</summary>
/// <param name="DatabasePath">The history database.</param>
/// <param name="DriveId">The drive's id there; null when it could not be stored.</param>
/// <param name="Problem">One line when storing failed (the drive and its file are unaffected); else null.</param>
internal sealed record HistorySummary(string DatabasePath, long? DriveId, string? Problem);
