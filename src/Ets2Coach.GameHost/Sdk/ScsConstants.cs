namespace Ets2Coach.GameHost.Sdk;

/// <summary>Small SDK constants that have no better home.</summary>
internal static class ScsConstants
{
    /// <summary><c>SCS_U32_NIL</c>: "no index", for non-array channels and attributes.</summary>
    public const uint U32Nil = 0xFFFF_FFFF;

    /// <summary><c>SCS_TELEMETRY_FRAME_START_FLAG_timer_restart</c>.</summary>
    public const uint FrameStartTimerRestart = 0x1;

    /// <summary><c>SCS_TELEMETRY_trailers_count</c>: trailers 0..9.</summary>
    public const int TrailerCount = 10;
}
