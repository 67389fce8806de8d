namespace Ets2Coach.GameHost.Sdk;

/// <summary>The SDK's telemetry events (<c>scs_event_t</c>).</summary>
public enum ScsEvent : uint
{
    /// <summary><c>SCS_TELEMETRY_EVENT_invalid</c>.</summary>
    Invalid = 0,
    /// <summary>Start of a frame; info is <c>scs_telemetry_frame_start_t</c>.</summary>
    FrameStart = 1,
    /// <summary>End of a frame; info is NULL.</summary>
    FrameEnd = 2,
    /// <summary>The game paused; channel callbacks stop.</summary>
    Paused = 3,
    /// <summary>The game resumed.</summary>
    Started = 4,
    /// <summary>A configuration group; info is <c>scs_telemetry_configuration_t</c>.</summary>
    Configuration = 5,
    /// <summary>A gameplay event (API 1.01); info is <c>scs_telemetry_gameplay_event_t</c>.</summary>
    Gameplay = 6,
}
