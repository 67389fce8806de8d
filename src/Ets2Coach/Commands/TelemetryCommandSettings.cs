namespace Ets2Coach.Commands;

/// <summary>The parsed options of <c>ets2coach telemetry</c>.</summary>
/// <param name="Json">JSON lines instead of a status line per second.</param>
/// <param name="Count">Stop after this many frames; null for no limit.</param>
/// <param name="Timeout">Stop after this long; null to run until cancelled.</param>
/// <param name="Name">The shared-memory name to read.</param>
internal readonly record struct TelemetryCommandSettings(bool Json, int? Count, TimeSpan? Timeout, string Name);
