namespace Ets2Coach.Habits;

/// <summary>
/// Every kind of finding the detectors report. The detection rule, thresholds, severity and advice
/// of each are specified in docs/habits.md; <see cref="HabitCatalog"/> maps each to its category and rule.
/// </summary>
public enum HabitKind
{
    /// <summary>Deceleration at or above the firm/harsh/emergency/extreme level for 0.5 s (1a). Severity by level.</summary>
    HardBraking = 0,
    /// <summary>A stop from 30 km/h or more braked late: mean 1.5–2.5 m/s² or peak 2.0–3.0 m/s² (1b).</summary>
    LateBraking = 1,
    /// <summary>Above the new limit + 5 km/h for 3–8 s after a limit drop (1c).</summary>
    LimitDropLate = 2,
    /// <summary>Above the new limit + 5 km/h for more than 8 s after a drop, or above it + 15 km/h 3 s after (1c).</summary>
    LimitDropMissed = 3,
    /// <summary>More than 10 km/h over the limit for more than 60 s (1c, sustained).</summary>
    Speeding = 4,
    /// <summary>Firm or harder braking on open road with no stop, limit drop, junction or toll ahead: the mark of following too closely.</summary>
    FollowingTooClose = 5,
    /// <summary>No indicator before a lane change or turn (2a, 2b).</summary>
    IndicatorMissing = 6,
    /// <summary>Indicator on, but with less lead than required and at least 1 s (2a, 2b).</summary>
    IndicatorLate = 7,
    /// <summary>Indicator on less than 1 s before the move, or only after it began (2a, 2b).</summary>
    IndicatorVeryLate = 8,
    /// <summary>The opposite indicator was on (2a, 2b).</summary>
    IndicatorWrongSide = 9,
    /// <summary>Indicator left on more than 5 s after the manoeuvre ended (2a).</summary>
    IndicatorNotCancelled = 10,
    /// <summary>Lane change with an equivalent duration of 3–4 s (4a).</summary>
    LaneChangeBrisk = 11,
    /// <summary>Lane change with an equivalent duration of 2–3 s or peak lateral acceleration ≥ 2.0 m/s² (4a).</summary>
    LaneChangeAbrupt = 12,
    /// <summary>Lane change with an equivalent duration under 2 s or peak lateral acceleration ≥ 3.0 m/s² (4a).</summary>
    LaneChangeSevere = 13,
    /// <summary>Two lane changes in opposite directions within 15 s (4a).</summary>
    Weaving = 14,
    /// <summary>Lateral acceleration over the mass-dependent cornering level for 1 s on a curve or turn (1d).</summary>
    HarshCornering = 15,
    /// <summary>No low or high beam while moving in the required night window, 20:30–06:00 game time (3).</summary>
    LightsOffAtNight = 16,
    /// <summary>No low or high beam while moving with the wipers on (3).</summary>
    LightsOffInRain = 17,
    /// <summary>No low or high beam while moving at dusk or dawn, 19:00–20:30 or 06:00–07:00 (3, tip).</summary>
    LightsOffAtDusk = 18,
    /// <summary>Too fast 50 m before a toll booth (5).</summary>
    TollApproachTooFast = 19,
    /// <summary>Too fast within 50 m of a company yard or service area (5).</summary>
    YardApproachTooFast = 20,
    /// <summary>Stopped 20 s or more in a live lane of a road with a limit of 60 km/h or more (6).</summary>
    StoppedInLane = 21,
    /// <summary>Paused the game (opened a menu) while rolling (6).</summary>
    MenuWhileRolling = 22,
    /// <summary>The game fined the player (7); severity by offence.</summary>
    GameFine = 23,
    /// <summary>A crash fine or a sudden jump in wear (7).</summary>
    Collision = 24,
}
