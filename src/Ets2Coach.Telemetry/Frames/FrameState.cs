namespace Ets2Coach.Telemetry;

/// <summary>Per-frame state flags (<c>E2C_FRAME_*</c>).</summary>
[Flags]
public enum FrameState : uint
{
    /// <summary>Running normally.</summary>
    None = 0,
    /// <summary>The game is paused: channel values are frozen at their last value.</summary>
    Paused = 1u << 0,
    /// <summary>The game restarted its timers (e.g. after loading a save): times count from zero again.</summary>
    TimerRestart = 1u << 1,
}
