using Ets2Coach.Habits;
using Ets2Coach.Simulator.Planning;

namespace Ets2Coach.Simulator.Truth;

/// <summary>
/// LightsOffAtNight / InRain / AtDusk, per docs/habits.md read literally: an episode starts 15 s after its
/// condition began (window opened, wipers started, or the truck moved off above 5 km/h) and ends when the
/// lights come on, the condition changes or the truck stops. Night outranks rain, rain outranks dusk.
/// </summary>
internal static class LightsOracle
{
    private const double Step = 0.02;

    private enum Condition
    {
        None,
        Dusk,
        Rain,
        Night,
    }

    public static void Evaluate(TrajectorySamples s, LightsPlan lights, OracleSettings o, List<ExpectedFinding> into)
    {
        var li = o.Habits.Lights;
        var plan = s.Plan;
        var shift = o.LightsWindowShiftMinutes;
        var condition = Condition.None;
        var conditionStart = 0.0;
        var episodeStart = double.NaN;
        var peakKmh = 0.0;
        var kind = Condition.None;
        for (var t = 0.0; t <= plan.DurationSeconds + Step; t += Step)
        {
            var kmh = Math.Abs(s.SpeedAt(t)) * 3.6;
            var moving = t <= plan.DurationSeconds && kmh > li.MinSpeedKmh;
            var minute = (long)Math.Floor(plan.GameMinutesAt(t));
            var ofDay = (int)(((minute % 1440) + 1440) % 1440);
            var night = InWindow(ofDay, li.RequiredFromMinuteOfDay + shift, li.RequiredUntilMinuteOfDay + shift);
            var dusk = InWindow(ofDay, li.RecommendedFromMinuteOfDay + shift, li.RecommendedUntilMinuteOfDay + shift);
            var c = !moving ? Condition.None : night ? Condition.Night : lights.WipersOn(t) ? Condition.Rain : dusk ? Condition.Dusk : Condition.None;
            var on = lights.LowBeamOn(t);
            if (c != condition)
            {
                Close(t);
                condition = c;
                conditionStart = t;
            }

            if (!double.IsNaN(episodeStart) && on)
            {
                Close(t);
            }

            if (double.IsNaN(episodeStart) && condition != Condition.None && !on && t >= conditionStart + li.GraceSeconds)
            {
                episodeStart = t;
                kind = condition;
                peakKmh = 0;
            }

            if (!double.IsNaN(episodeStart))
            {
                peakKmh = Math.Max(peakKmh, kmh);
            }
        }

        void Close(double end)
        {
            if (double.IsNaN(episodeStart))
            {
                return;
            }

            var seconds = end - episodeStart;
            var habit = kind switch { Condition.Night => HabitKind.LightsOffAtNight, Condition.Rain => HabitKind.LightsOffInRain, _ => HabitKind.LightsOffAtDusk };
            var severity = kind == Condition.Dusk ? Severity.Info
                : seconds > li.SeriousAfterSeconds || peakKmh >= li.SeriousAtKmh ? Severity.Serious : Severity.Minor;
            var owner = Owners.Find(plan.Drafts, episodeStart, kind == Condition.Rain ? ManoeuvreKind.Rain : ManoeuvreKind.LightsChange);
            into.Add(new ExpectedFinding(habit, severity, episodeStart, end, owner));
            episodeStart = double.NaN;
        }
    }

    private static bool InWindow(int minuteOfDay, int from, int until)
    {
        from = ((from % 1440) + 1440) % 1440;
        until = ((until % 1440) + 1440) % 1440;
        return from <= until ? minuteOfDay >= from && minuteOfDay < until : minuteOfDay >= from || minuteOfDay < until;
    }
}
