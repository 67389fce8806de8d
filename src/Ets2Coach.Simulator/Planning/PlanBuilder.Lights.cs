using Ets2Coach.Simulator.Kinematics;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>Lights and rain: drawn after the motion (they do not change it), checked by the oracle, then committed.</summary>
internal sealed partial class PlanBuilder
{
    private double TimeOfMinute(double absoluteMinute) => (absoluteMinute - StartGameMinutes) * 60 / _options.LocalScale;

    /// <summary>Draws the lights behaviour and a rain shower; <paramref name="variant"/> picks another draw of the same profile.</summary>
    public LightsPlan DrawLights(int variant, SpeedTimeline speed)
    {
        var rng = new PlanRandom(_options.Seed, variant, 7);
        var plan = new LightsPlan();
        var end = Now;
        var li = Buckets.Habits.Lights;
        var firstDay = (long)Math.Floor(StartGameMinutes / 1440) - 1;
        var lastDay = (long)Math.Floor((StartGameMinutes + (end * _options.LocalScale / 60)) / 1440) + 1;
        var lowBeamFrom = double.PositiveInfinity;
        for (var day = firstDay; day <= lastDay; day++)
        {
            var a = TimeOfMinute((day * 1440) + li.RecommendedFromMinuteOfDay);
            var n = TimeOfMinute((day * 1440) + li.RequiredFromMinuteOfDay);
            var m = TimeOfMinute(((day + 1) * 1440) + li.RequiredUntilMinuteOfDay);
            var b = TimeOfMinute(((day + 1) * 1440) + li.RecommendedUntilMinuteOfDay);
            if (b < 0 || a > end)
            {
                continue;
            }

            string how;
            double on;
            var r = rng.NextDouble();
            if (n > 0 && n < end - 60 && r < _profile.LightsLateAtNightShare)
            {
                on = n + rng.Uniform(40, 180);
                how = "low beam only after the night window opened";
            }
            else if (a > 0 && n - a > 120 && r < _profile.LightsLateAtNightShare + ((1 - _profile.LightsLateAtNightShare) * _profile.LightsLateAtDuskShare))
            {
                on = a + rng.Uniform(40, Math.Min(220, n - a - 30));
                how = "low beam late in the dusk window";
            }
            else if (a <= 0 && n <= 0 && r < _profile.LightsLateAtNightShare)
            {
                on = rng.Uniform(40, 150);
                how = "night from the start, low beam switched on late";
            }
            else
            {
                on = Math.Max(0, a - rng.Uniform(Buckets.LightsEarlySeconds, 60));
                how = "low beam on before dusk";
            }

            var careful = how == "low beam on before dusk";
            var off = b >= end ? double.PositiveInfinity
                : careful ? b + rng.Uniform(20, 60) : m + rng.Uniform(30, 300);
            if (off <= on)
            {
                continue;
            }

            plan.LowBeam.Add((on, off));
            lowBeamFrom = Math.Min(lowBeamFrom, on);
            if (!careful && on > Math.Max(0, a) && rng.Chance(_profile.ParkingLightsOnlyShare))
            {
                plan.ParkingOnly.Add((Math.Max(0, a - rng.Uniform(0, 30)), on));
                how += ", parking lights alone before that";
            }

            plan.Changes.Add((Math.Max(0, Math.Min(on, a)), Math.Min(end, Math.Max(on, a + li.GraceSeconds) + 1), $"dusk {F(Math.Max(0, a), 0)} s, night {F(Math.Max(0, n), 0)} s: {how} at {F(on, 0)} s"));
            if (off < end)
            {
                plan.Changes.Add((m, Math.Min(end, off + 1), $"dawn at {F(m, 0)} s: low beam off at {F(off, 0)} s"));
            }

            if (n > 0 && on > n + 60 && rng.Chance(_profile.FineShare))
            {
                for (var t = n + 40; t < on - 15; t += 1)
                {
                    if (speed.SpeedAt(t) > 30 / KmhPerMps)
                    {
                        plan.NoLightsFineAt = t;
                        break;
                    }
                }
            }
        }

        DrawRain(rng, plan, end, lowBeamFrom);
        return plan;
    }

    private void DrawRain(PlanRandom rng, LightsPlan plan, double end, double lowBeamFrom)
    {
        var li = Buckets.Habits.Lights;
        var seconds = rng.Uniform(60, 110);
        var candidates = new List<(double From, double Until, bool Day)>();
        var firstDay = (long)Math.Floor(StartGameMinutes / 1440) - 1;
        for (var day = firstDay; day < firstDay + 12; day++)
        {
            var dayFrom = TimeOfMinute((day * 1440) + li.RecommendedUntilMinuteOfDay) + 25;
            var dayUntil = TimeOfMinute((day * 1440) + li.RecommendedFromMinuteOfDay) - 25 - seconds;
            candidates.Add((Math.Max(dayFrom, 10), Math.Min(dayUntil, end - seconds - 10), true));
            var nightFrom = TimeOfMinute((day * 1440) + li.RequiredFromMinuteOfDay) + 25;
            var nightUntil = TimeOfMinute(((day + 1) * 1440) + li.RequiredUntilMinuteOfDay) - 25 - seconds;
            candidates.Add((Math.Max(nightFrom, 10), Math.Min(nightUntil, end - seconds - 10), false));
        }

        candidates.RemoveAll(c => c.Until <= c.From);
        if (candidates.Count == 0)
        {
            return;
        }

        var day0 = candidates.FindIndex(c => c.Day);
        var night0 = candidates.FindIndex(c => !c.Day);
        if (day0 >= 0 && night0 >= 0)
        {
            // A second shower at night: the night window already requires the lights.
            var night = candidates[night0];
            var n0 = rng.Uniform(night.From, night.Until);
            plan.Wipers.Add((n0, n0 + seconds));
            plan.Rains.Add((n0, n0 + seconds + 1, $"rain for {F(seconds, 0)} s at night"));
        }

        var pick = day0 >= 0 ? candidates[day0] : candidates[0];
        var r0 = rng.Uniform(pick.From, pick.Until);
        var r1 = r0 + seconds;
        plan.Wipers.Add((r0, r1));
        var how = "lights already on";
        if (pick.Day && lowBeamFrom > r0)
        {
            if (rng.Chance(_profile.LightsForgottenInRainShare))
            {
                if (rng.Chance(0.5) && _profile.LightsForgottenInRainShare < 0.9)
                {
                    var on = r0 + rng.Uniform(25, 50);
                    plan.LowBeam.Add((on, double.PositiveInfinity));
                    how = $"low beam switched on late, {F(on - r0)} s after the wipers";
                }
                else
                {
                    how = "no low beam in the rain";
                }
            }
            else
            {
                var on = r0 + rng.Uniform(3, 10);
                plan.LowBeam.Add((on, double.PositiveInfinity));
                how = $"low beam on {F(on - r0)} s after the wipers";
            }
        }

        plan.Rains.Add((r0, r1 + 1, $"rain for {F(seconds, 0)} s ({(pick.Day ? "daytime" : "night")}): {how}"));
    }

    /// <summary>Adds the checked lights plan to the switches, drafts and events.</summary>
    public void CommitLights(LightsPlan plan)
    {
        foreach (var (from, until) in plan.LowBeam)
        {
            Switches.On(TruckSwitches.LowBeam, from, until);
            Switches.On(TruckSwitches.ParkingLights, from, until);
        }

        foreach (var (from, until) in plan.ParkingOnly)
        {
            Switches.On(TruckSwitches.ParkingLights, from, until);
        }

        foreach (var (from, until) in plan.Wipers)
        {
            Switches.On(TruckSwitches.Wipers, from, until);
        }

        foreach (var (start, stop, text) in plan.Changes)
        {
            var d = Begin(ManoeuvreKind.LightsChange, start);
            d.EndSeconds = stop;
            d.Description = text;
        }

        foreach (var (start, stop, text) in plan.Rains)
        {
            var d = Begin(ManoeuvreKind.Rain, start);
            d.EndSeconds = stop;
            d.Description = text;
        }

        if (plan.NoLightsFineAt is { } at)
        {
            var d = Begin(ManoeuvreKind.Fine, at);
            d.Description = "fined for driving without lights at night";
            AddEvent(at, TelemetryEvent.ForFine(0, 0, 0, "no_lights", Offence.NoLights, 150));
        }
    }
}
