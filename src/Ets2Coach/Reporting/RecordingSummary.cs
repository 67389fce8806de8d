namespace Ets2Coach.Reporting;

/// <summary>Where a drive was recorded and how that went.</summary>
/// <param name="Path">The drive file; null when recording never started.</param>
/// <param name="FramesWritten">Frames in the file.</param>
/// <param name="Problem">One line when recording stopped or never started (coaching was unaffected); else null.</param>
internal sealed record RecordingSummary(string? Path, long FramesWritten, string? Problem);
