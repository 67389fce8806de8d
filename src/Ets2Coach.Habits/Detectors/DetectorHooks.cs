namespace Ets2Coach.Habits.Detectors;

/// <summary>The calls a detector wants from the engine.</summary>
[Flags]
internal enum DetectorHooks
{
    None = 0,
    Frames = 1,
    PausedFrames = 2,
    Events = 4,
}
