namespace Ets2Coach.GameHost.Scenarios;

/// <summary>What a scenario run did.</summary>
/// <param name="FramesPlayed">Frames played into the plugin.</param>
/// <param name="GameplayEventsPlayed">Gameplay events delivered to the plugin.</param>
/// <param name="Reloads">sdk reloads performed.</param>
/// <param name="Reinits">sdk reinits performed.</param>
/// <param name="ElapsedSeconds">Wall time of the frame loop.</param>
/// <param name="AllocatedBytes">Managed bytes allocated by the frame loop's thread, outside reloads and reinits.</param>
/// <param name="Cancelled">True when a signal stopped the run early.</param>
internal sealed record ScenarioSummary(long FramesPlayed, long GameplayEventsPlayed, int Reloads, int Reinits, double ElapsedSeconds, long AllocatedBytes, bool Cancelled);
