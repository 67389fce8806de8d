using System.Numerics;
using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>Collision (7): a crash fine, or the summed truck wear rising by 0.005 within 1 s; one per 5 s.</summary>
internal sealed class CollisionDetector(DetectorContext context) : DetectorBase(context)
{
    private readonly int _windowSamples = (int)Math.Ceiling(context.Options.Collisions.WearWindowSeconds / PathHistory.IntervalSeconds);
    private readonly Ring<WearSample> _wear = new((int)BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling(context.Options.Collisions.WearWindowSeconds / PathHistory.IntervalSeconds) + 2));
    private double _last = double.NegativeInfinity;

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
            if ((s.Available & Signals.Wear) == 0)
            {
                return;
            }
        }

        var t = s.TimeSeconds;
        var wear = s.WearSum;
        var count = _wear.Count;
        if (count > 0)
        {
            ref readonly var newest = ref _wear.Back(0);
            if (wear < newest.Wear - 1e-6)
            {
                // A repair: wear only grows otherwise, so the window's minimum is its oldest sample.
                _wear.Clear();
                count = 0;
            }
            else if (wear - _wear.Back(Math.Min(count - 1, _windowSamples)).Wear >= O.Collisions.WearJump)
            {
                Collide(t, "wear jump", wear - _wear.Back(Math.Min(count - 1, _windowSamples)).Wear);
                _wear.Clear();
                count = 0;
            }
        }

        if (count == 0 || t - _wear.Back(0).TimeSeconds >= PathHistory.IntervalSeconds - 1e-9)
        {
            _wear.Add(new WearSample(t, wear));
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

    private readonly record struct WearSample(double TimeSeconds, double Wear);
}
