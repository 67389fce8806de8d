namespace Ets2Coach.Habits;

/// <summary>What each <see cref="HabitKind"/> counts against, the rule it protects and its advice (docs/habits.md).</summary>
public static class HabitCatalog
{
    private static readonly Entry[] s_entries = Build();

    /// <summary>Every kind, in enum order.</summary>
    public static IReadOnlyList<HabitKind> AllKinds { get; } = Enum.GetValues<HabitKind>();

    /// <summary>The habit the kind is scored under.</summary>
    public static HabitCategory CategoryOf(HabitKind kind) => Get(kind).Category;

    /// <summary>The TruckersMP rule the kind protects.</summary>
    public static TruckersMpRule RuleOf(HabitKind kind) => Get(kind).Rule;

    /// <summary>One line of advice.</summary>
    public static string AdviceFor(HabitKind kind) => Get(kind).Advice;

    /// <summary>A short human name, e.g. "late braking".</summary>
    public static string DisplayName(HabitKind kind) => Get(kind).Name;

    /// <summary>Points a finding of this severity costs (reference §7.2): 0, 1, 5, 15.</summary>
    public static int PointsFor(Severity severity) => severity switch
    {
        Severity.Info => 0,
        Severity.Minor => 1,
        Severity.Serious => 5,
        Severity.Dangerous => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    private static Entry Get(HabitKind kind) =>
        (uint)kind < (uint)s_entries.Length ? s_entries[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown habit kind.");

    private static Entry[] Build()
    {
        var e = new Entry[Enum.GetValues<HabitKind>().Length];
        void Add(HabitKind k, HabitCategory c, TruckersMpRule r, string name, string advice) => e[(int)k] = new Entry(c, r, name, advice);

        Add(HabitKind.HardBraking, HabitCategory.Braking, TruckersMpRule.Collisions, "hard braking",
            "Look further ahead and lift off early: a loaded truck should rarely need more than 1.5 m/s² of braking.");
        Add(HabitKind.LateBraking, HabitCategory.Braking, TruckersMpRule.Collisions, "late braking",
            "Start slowing sooner for stops: release the throttle first, then brake gently and progressively.");
        Add(HabitKind.LimitDropLate, HabitCategory.Braking, TruckersMpRule.RecklessDriving, "slow to meet a lower limit",
            "Slow down before the sign, not after it: from 90 to 50 km/h takes about 200 m of gentle braking.");
        Add(HabitKind.LimitDropMissed, HabitCategory.Braking, TruckersMpRule.RecklessDriving, "lower limit ignored",
            "You carried speed well past a lower limit: watch the route advisor and be at the new limit when you pass the sign.");
        Add(HabitKind.Speeding, HabitCategory.Braking, TruckersMpRule.RecklessDriving, "speeding",
            "Stay at or below the limit; on public servers speeding is reckless driving.");
        Add(HabitKind.FollowingTooClose, HabitCategory.Braking, TruckersMpRule.RecklessDriving, "following too closely",
            "Hard braking with nothing ahead of you on the map means you were too close: keep at least a 2-second gap, 4 s in rain.");
        Add(HabitKind.IndicatorMissing, HabitCategory.Indicators, TruckersMpRule.RecklessDriving, "no indicator",
            "Indicate before every lane change and turn: mirrors, signal, wait 3 flashes, then move.");
        Add(HabitKind.IndicatorLate, HabitCategory.Indicators, TruckersMpRule.RecklessDriving, "indicator a little late",
            "Give your signal a few seconds to be seen: at least 3 s before a lane change, more before a fast exit.");
        Add(HabitKind.IndicatorVeryLate, HabitCategory.Indicators, TruckersMpRule.RecklessDriving, "indicator too late",
            "A signal given as you move warns nobody: switch it on at least 3 s before you steer.");
        Add(HabitKind.IndicatorWrongSide, HabitCategory.Indicators, TruckersMpRule.RecklessDriving, "wrong indicator",
            "You signalled the other way: check the indicator stalk before you move.");
        Add(HabitKind.IndicatorNotCancelled, HabitCategory.Indicators, TruckersMpRule.RecklessDriving, "indicator left on",
            "Cancel the indicator after the manoeuvre: a forgotten signal misleads other drivers.");
        Add(HabitKind.LaneChangeBrisk, HabitCategory.LaneDiscipline, TruckersMpRule.RecklessDriving, "brisk lane change",
            "Take your time moving over: a calm lane change lasts 5–6 s.");
        Add(HabitKind.LaneChangeAbrupt, HabitCategory.LaneDiscipline, TruckersMpRule.WrongWayOrOvertaking, "abrupt lane change",
            "That lane change was abrupt: steer in gently over 4–6 s so others can react.");
        Add(HabitKind.LaneChangeSevere, HabitCategory.LaneDiscipline, TruckersMpRule.WrongWayOrOvertaking, "sudden lane change",
            "A sudden swerve like that cuts in on others and is reckless on public servers: move over slowly.");
        Add(HabitKind.Weaving, HabitCategory.LaneDiscipline, TruckersMpRule.WrongWayOrOvertaking, "weaving",
            "Pick a lane and stay in it: weaving between lanes is reckless driving.");
        Add(HabitKind.HarshCornering, HabitCategory.LaneDiscipline, TruckersMpRule.RecklessDriving, "harsh cornering",
            "Slow down before the bend, not in it: a loaded trailer can roll over at 0.3 g.");
        Add(HabitKind.LightsOffAtNight, HabitCategory.Lights, TruckersMpRule.RecklessDriving, "no lights at night",
            "Switch on your low beam from dusk to dawn; parking lights alone do not count.");
        Add(HabitKind.LightsOffInRain, HabitCategory.Lights, TruckersMpRule.RecklessDriving, "no lights in rain",
            "When the wipers are on, the low beam should be on too.");
        Add(HabitKind.LightsOffAtDusk, HabitCategory.Lights, TruckersMpRule.None, "no lights at dusk",
            "Tip: switch your lights on early in the evening and keep them on until well after dawn.");
        Add(HabitKind.TollApproachTooFast, HabitCategory.PoiApproach, TruckersMpRule.RecklessDriving, "too fast into a toll gate",
            "Arrive at toll booths at walking pace: be at 30 km/h or less 50 m before the booth.");
        Add(HabitKind.YardApproachTooFast, HabitCategory.PoiApproach, TruckersMpRule.RecklessDriving, "too fast in a yard",
            "Yards and service areas are busy: crawl at 20 km/h or less.");
        Add(HabitKind.StoppedInLane, HabitCategory.Blocking, TruckersMpRule.Blocking, "stopped in a live lane",
            "Never stop in a live lane: pull onto the hard shoulder or a parking area, and use your hazards if you must stop.");
        Add(HabitKind.MenuWhileRolling, HabitCategory.Blocking, TruckersMpRule.Blocking, "menu while rolling",
            "Stop somewhere safe before opening menus or the map: on public servers the game does not pause.");
        Add(HabitKind.GameFine, HabitCategory.FinesAndCollisions, TruckersMpRule.RecklessDriving, "game fine",
            "The game fined you for breaking a traffic law; on public servers that same behaviour can get you kicked.");
        Add(HabitKind.Collision, HabitCategory.FinesAndCollisions, TruckersMpRule.Collisions, "collision",
            "You hit something: on public servers a collision through negligence is a ban. Slow down and leave more room.");
        return e;
    }

    private readonly record struct Entry(HabitCategory Category, TruckersMpRule Rule, string Name, string Advice);
}
