using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// LightsOffAtNight / LightsOffInRain / LightsOffAtDusk (3): no low or high beam while moving in the
/// required night window, with the wipers on, or in the recommended dusk/dawn window, after a grace.
/// </summary>
internal sealed class LightsDetector(DetectorContext context) : DetectorBase(context)
{
    private Episode _night = new(HabitKind.LightsOffAtNight);
    private Episode _rain = new(HabitKind.LightsOffInRain);
    private Episode _dusk = new(HabitKind.LightsOffAtDusk);

    public override string Name => "Lights";

    public override Signals RequiredSignals => Signals.Speed | Signals.Lights;

    public override void OnFrame()
    {
        var s = S;
        var t = s.TimeSeconds;
        if (s.SegmentStart)
        {
            _night.Drop();
            _rain.Drop();
            _dusk.Drop();
        }

        var o = O.Lights;
        var usable = s.Forward && (s.Available & Signals.Lights) != 0;
        var offWhileMoving = usable && !s.LightsOn && s.SpeedKmh > o.MinSpeedKmh;
        var minute = s.MinuteOfDay;
        var night = minute >= 0 && InWindow(minute, o.RequiredFromMinuteOfDay, o.RequiredUntilMinuteOfDay);
        var dusk = minute >= 0 && !night && InWindow(minute, o.RecommendedFromMinuteOfDay, o.RecommendedUntilMinuteOfDay);
        var wipers = (s.Available & Signals.Wipers) != 0 && s.WipersOn;

        Step(ref _night, offWhileMoving && night, t);
        Step(ref _rain, offWhileMoving && wipers && !night, t);
        Step(ref _dusk, offWhileMoving && dusk && !wipers, t);
    }

    public override void Complete()
    {
        var t = S.TimeSeconds;
        Step(ref _night, false, t);
        Step(ref _rain, false, t);
        Step(ref _dusk, false, t);
    }

    private static bool InWindow(int minute, int from, int until) =>
        from <= until ? minute >= from && minute < until : minute >= from || minute < until;

    private void Step(ref Episode e, bool active, double t)
    {
        var o = O.Lights;
        if (active)
        {
            if (double.IsNaN(e.Since))
            {
                e.Since = t;
            }

            if (!e.Open && t - e.Since >= o.GraceSeconds)
            {
                e.Open = true;
                e.MaxSpeedKmh = 0;
            }

            if (e.Open)
            {
                e.MaxSpeedKmh = Math.Max(e.MaxSpeedKmh, S.SpeedKmh);
            }

            return;
        }

        if (e.Open)
        {
            var start = e.Since + o.GraceSeconds;
            var seconds = t - start;
            var severity = e.Kind == HabitKind.LightsOffAtDusk ? Severity.Info
                : seconds > o.SeriousAfterSeconds || e.MaxSpeedKmh >= o.SeriousAtKmh ? Severity.Serious
                : Severity.Minor;
            Report(e.Kind, severity, start, t, seconds, o.GraceSeconds, "s", $"lights off for {seconds:0} s, up to {e.MaxSpeedKmh:0} km/h");
        }

        e.Drop();
    }

    private struct Episode(HabitKind kind)
    {
        public readonly HabitKind Kind = kind;
        public double Since = double.NaN;
        public bool Open;
        public double MaxSpeedKmh;

        public void Drop()
        {
            Since = double.NaN;
            Open = false;
        }
    }
}
