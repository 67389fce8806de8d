using Ets2Coach.Telemetry;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>An event as the pump delivered it, with the frames delivered around it.</summary>
/// <param name="Event">The event.</param>
/// <param name="PreviousFrame">Number of the frame delivered just before it (0: none yet).</param>
/// <param name="PreviousRun">Index in <see cref="BridgeRecorder.Runs"/> of that frame's run (−1: none yet).</param>
internal sealed record BridgeEventSighting(TelemetryEvent Event, ulong PreviousFrame, int PreviousRun)
{
    /// <summary>Number of the frame delivered just after it (0: none yet).</summary>
    public ulong NextFrame { get; set; }

    /// <summary>Index in <see cref="BridgeRecorder.Runs"/> of that frame's run (−1: none yet).</summary>
    public int NextRun { get; set; } = -1;
}
