using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>Speeding (1c sustained): more than 10 km/h over the limit for more than 60 s; serious when it peaked 20 km/h over.</summary>
internal sealed class SpeedingDetector(DetectorContext context) : DetectorBase(context)
{
    private bool _open;
    private double _start;
    private double _peakOverKmh;
    private double _previousExcessKmh = double.NaN;

    public override string Name => "Speeding";

    public override Signals RequiredSignals => Signals.Speed | Signals.Limit;

    public override void OnFrame()
    {
        var s = S;
        var o = O.Speed;
        var t = s.TimeSeconds;
        if (s.SegmentStart)
        {
            _open = false;
            _previousExcessKmh = double.NaN;
        }

        if (!s.Forward || !s.LimitKnown)
        {
            if (_open)
            {
                Finish(s.PreviousTimeSeconds);
            }

            _previousExcessKmh = double.NaN;
            return;
        }

        var limitKmh = s.LimitMps * 3.6;
        var excess = s.SpeedKmh - limitKmh - o.SpeedingOverKmh;
        if (_open)
        {
            _peakOverKmh = Math.Max(_peakOverKmh, s.SpeedKmh - limitKmh);
            if (excess <= 0)
            {
                Finish(double.IsNaN(_previousExcessKmh) ? t : Crossing.Time(s.PreviousTimeSeconds, _previousExcessKmh, t, excess, 0));
            }
        }
        else if (excess > 0 && !Shared.LimitDropOpen)
        {
            _open = true;
            // After a limit-drop episode the clock starts when that episode ended.
            var crossed = !double.IsNaN(_previousExcessKmh) && _previousExcessKmh <= 0;
            _start = crossed ? Crossing.Time(s.PreviousTimeSeconds, _previousExcessKmh, t, excess, 0) : t;
            _start = Math.Max(_start, Math.Min(t, Shared.LimitDropEndedSeconds));
            _peakOverKmh = s.SpeedKmh - limitKmh;
        }

        _previousExcessKmh = excess;
    }

    public override void Complete()
    {
        if (_open)
        {
            Finish(S.TimeSeconds);
        }
    }

    private void Finish(double end)
    {
        _open = false;
        var o = O.Speed;
        if (end - _start > o.SpeedingMinSeconds)
        {
            var serious = _peakOverKmh > o.SpeedingSeriousOverKmh;
            Report(HabitKind.Speeding, serious ? Severity.Serious : Severity.Minor, _start, end, _peakOverKmh,
                serious ? o.SpeedingSeriousOverKmh : o.SpeedingOverKmh, "km/h", $"{end - _start:0} s over the limit");
        }
    }
}
