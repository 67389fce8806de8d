using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>MenuWhileRolling (6): the game paused (a menu opened) while rolling faster than 5 km/h.</summary>
internal sealed class MenuWhileRollingDetector(DetectorContext context) : DetectorBase(context)
{
    private long _pausedAfterFrame = -1;

    public override string Name => "MenuWhileRolling";

    public override Signals RequiredSignals => Signals.Speed;

    public override DetectorHooks Hooks => DetectorHooks.Events | DetectorHooks.PausedFrames;

    public override void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (telemetryEvent.Kind == TelemetryEventKind.Paused)
        {
            Pause();
        }
    }

    public override void OnPausedFrame() => Pause();

    public override void OnFrame()
    {
    }

    private void Pause()
    {
        // One finding per pause: a pause is new once a live frame has passed since the last one.
        var s = S;
        if (_pausedAfterFrame == s.Frames)
        {
            return;
        }

        _pausedAfterFrame = s.Frames;
        if (s.Frames > 0 && (s.Available & Signals.Speed) != 0 && !s.Reversing && s.SpeedKmh > O.Blocking.MenuMinSpeedKmh)
        {
            Report(HabitKind.MenuWhileRolling, Severity.Minor, s.TimeSeconds, s.TimeSeconds, s.SpeedKmh, O.Blocking.MenuMinSpeedKmh, "km/h",
                $"paused at {s.SpeedKmh:0} km/h");
        }
    }
}
