using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// LightsOffAtNight / LightsOffInRain / LightsOffAtDusk (3). The requirement while moving faster than
/// 5 km/h is, in order of precedence, the night window, the wipers, the dusk/dawn window; an episode of
/// no low or high beam starts once the requirement has held for the grace period (from when the window
/// opened, the wipers started or the truck moved off) and ends when the lights come on, the requirement
/// changes or the truck stops.
/// </summary>
internal sealed class LightsDetector(DetectorContext context) : DetectorBase(context)
{
    private const int None = 0;
    private const int Dusk = 1;
    private const int Rain = 2;
    private const int Night = 3;

    private int _condition;
    private double _conditionSince;
    private double _offSince = double.NegativeInfinity;
    private bool _wasOn = true;
    private bool _open;
    private double _start;
    private double _maxKmh;
    private int _kind;
    private int _windowsMinute = -2;
    private bool _nightWindow;
    private bool _duskWindow;

    public override string Name => "Lights";

    public override Signals RequiredSignals => Signals.Speed | Signals.Lights;

    public override void OnFrame()
    {
        var s = S;
        var t = s.TimeSeconds;
        if (s.SegmentStart)
        {
            _open = false;
            _condition = None;
        }

        var o = O.Lights;
        // Without the game clock only the wipers rule can be judged (the windows need the clock).
        var usable = s.Forward && (s.Available & Signals.Lights) != 0;
        var moving = usable && s.SpeedKmh > o.MinSpeedKmh;
        var minute = s.MinuteOfDay;
        if (minute != _windowsMinute)
        {
            // The game clock changes once a few real seconds: judge the windows only then.
            _windowsMinute = minute;
            _nightWindow = minute >= 0 && InWindow(minute, o.RequiredFromMinuteOfDay, o.RequiredUntilMinuteOfDay);
            _duskWindow = minute >= 0 && InWindow(minute, o.RecommendedFromMinuteOfDay, o.RecommendedUntilMinuteOfDay);
        }

        var condition = !moving ? None
            : _nightWindow ? Night
            : (s.Available & Signals.Wipers) != 0 && s.WipersOn ? Rain
            : _duskWindow ? Dusk
            : None;
        var on = s.LightsOn;
        if (!on && _wasOn)
        {
            _offSince = t;
        }

        _wasOn = on;
        if (condition != _condition)
        {
            Close(t);
            _condition = condition;
            _conditionSince = t;
        }

        if (_open)
        {
            if (on)
            {
                Close(t);
            }
            else
            {
                _maxKmh = Math.Max(_maxKmh, s.SpeedKmh);
            }
        }
        else if (condition != None && !on && t >= _conditionSince + o.GraceSeconds)
        {
            _open = true;
            _kind = condition;
            _start = Math.Max(_conditionSince + o.GraceSeconds, _offSince);
            _maxKmh = s.SpeedKmh;
        }
    }

    public override void Complete() => Close(S.TimeSeconds);

    private static bool InWindow(int minute, int from, int until) =>
        from <= until ? minute >= from && minute < until : minute >= from || minute < until;

    private void Close(double end)
    {
        if (!_open)
        {
            return;
        }

        _open = false;
        var o = O.Lights;
        var seconds = end - _start;
        var kind = _kind switch { Night => HabitKind.LightsOffAtNight, Rain => HabitKind.LightsOffInRain, _ => HabitKind.LightsOffAtDusk };
        var severity = _kind == Dusk ? Severity.Info
            : seconds > o.SeriousAfterSeconds || _maxKmh >= o.SeriousAtKmh ? Severity.Serious
            : Severity.Minor;
        Report(kind, severity, _start, end, seconds, o.GraceSeconds, "s", $"lights off for {seconds:0} s, up to {_maxKmh:0} km/h");
    }
}
