using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>MenuWhileRolling (6): the game paused (a menu opened) while rolling faster than 5 km/h.</summary>
internal sealed class MenuWhileRollingDetector(DetectorContext context) : DetectorBase(context)
{
    private bool _paused;

    public override string Name => "MenuWhileRolling";

    public override Signals RequiredSignals => Signals.Speed;

    public override void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (telemetryEvent.Kind == TelemetryEventKind.Paused)
        {
            Pause();
        }
    }

    public override void OnPausedFrame() => Pause();

    public override void OnFrame() => _paused = false;

    private void Pause()
    {
        if (_paused)
        {
            return;
        }

        _paused = true;
        var s = S;
        if (s.Frames > 0 && (s.Available & Signals.Speed) != 0 && !s.Reversing && s.SpeedKmh > O.Blocking.MenuMinSpeedKmh)
        {
            Report(HabitKind.MenuWhileRolling, Severity.Minor, s.TimeSeconds, s.TimeSeconds, s.SpeedKmh, O.Blocking.MenuMinSpeedKmh, "km/h",
                $"paused at {s.SpeedKmh:0} km/h");
        }
    }
}
