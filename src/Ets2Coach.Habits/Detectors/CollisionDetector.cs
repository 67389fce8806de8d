using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>Collision (7): a crash fine, or the summed truck wear rising by 0.005 within 1 s; one per 5 s.</summary>
internal sealed class CollisionDetector(DetectorContext context) : DetectorBase(context)
{
    private readonly Ring<(double T, double Wear)> _wear = new(32);
    private double _last = double.NegativeInfinity;
    private double _windowMin = double.PositiveInfinity;

    public override string Name => "Collision";

    public override Signals RequiredSignals => Signals.Wear;

    public override void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (telemetryEvent.Kind == TelemetryEventKind.PlayerFined && telemetryEvent.Offence == Offence.Crash)
        {
            Collide(S.TimeSeconds, "crash fine", telemetryEvent.Amount);
        }
    }

    public override void OnFrame()
    {
        var s = S;
        if (s.SegmentStart || (s.Available & Signals.Wear) == 0)
        {
            _wear.Clear(); // a reload or missing wear: start a new baseline
            _windowMin = double.PositiveInfinity;
            if ((s.Available & Signals.Wear) == 0)
            {
                return;
            }
        }

        var t = s.TimeSeconds;
        var c = O.Collisions;
        if (s.WearSum - Math.Min(_windowMin, s.WearSum) >= c.WearJump)
        {
            Collide(t, "wear jump", s.WearSum - _windowMin);
            _wear.Clear();
            _windowMin = double.PositiveInfinity;
        }

        if (_wear.Count == 0 || t - _wear.Back(0).T >= PathHistory.IntervalSeconds - 1e-9)
        {
            // 10 Hz samples; the window minimum is refreshed with each one.
            _wear.Add((t, s.WearSum));
            _windowMin = double.PositiveInfinity;
            for (var i = 0; i < _wear.Count; i++)
            {
                var (wt, w) = _wear.Back(i);
                if (wt < t - c.WearWindowSeconds)
                {
                    break;
                }

                _windowMin = Math.Min(_windowMin, w);
            }
        }
    }

    private void Collide(double t, string cause, double measured)
    {
        if (t - _last < O.Collisions.MergeSeconds)
        {
            return; // the same collision seen twice (fine and wear)
        }

        _last = t;
        Report(HabitKind.Collision, Severity.Dangerous, t, t, measured, cause == "wear jump" ? O.Collisions.WearJump : 0, cause == "wear jump" ? "wear" : "€", cause);
    }
}
