namespace Ets2Coach.Reporting;

/// <summary>How much of the telemetry stream reached the coach: the bridge's honesty.</summary>
/// <param name="FramesRead">Frames delivered to the detectors.</param>
/// <param name="FramesLost">Frames that never reached them (overwritten in the ring, or lost to file damage).</param>
/// <param name="FramesTorn">Frames discarded because they were overwritten while being copied.</param>
/// <param name="EventsRead">Events delivered.</param>
/// <param name="EventsLost">Events lost.</param>
/// <param name="LossCause">What "lost" means for this source, e.g. "lost" (live) or "lost to file damage" (replay).</param>
internal sealed record FrameCounts(long FramesRead, long FramesLost, long FramesTorn, long EventsRead, long EventsLost, string LossCause = "lost");
