namespace Ets2Coach.Telemetry;

/// <summary>Receives telemetry in order: each event before the frame it belongs to.</summary>
public interface ITelemetryConsumer
{
    /// <summary>An event, delivered before the frame numbered <see cref="TelemetryEvent.FrameNumber"/>.</summary>
    void OnEvent(in TelemetryEvent telemetryEvent);

    /// <summary>A frame, after all its events.</summary>
    void OnFrame(in TelemetryFrame frame);
}
