using Ets2Coach.Habits;

namespace Ets2Coach.Simulator.Planning;

/// <summary>
/// The guard-banded buckets every labelled parameter is drawn from (docs/simulator.md has the table).
/// Each bucket stays clear of every docs/habits.md threshold by at least 10 % of the threshold, and
/// times by at least 0.5 s, so a label never depends on noise or on the sampling rate. Thresholds come
/// from <see cref="HabitOptions.Default"/>, never re-typed.
/// </summary>
internal static class Buckets
{
    /// <summary>Relative guard band around every threshold.</summary>
    public const double GuardFraction = 0.10;

    /// <summary>Guard band around every time threshold, s.</summary>
    public const double GuardSeconds = 0.5;

    public static HabitOptions Habits => HabitOptions.Default;

    // ---- Lane changes (sine-acceleration profile, T_eq = T, peak a_lat = 2πW/T²) -------------------
    // With W = 3.5 m: T = 3.5 s gives a_lat 1.80 (10 % under 2.0) and T_eq 3.5 (0.5 s inside [3, 4)).

    /// <summary>Calm lane change duration, s: T_eq ≥ 4.5 and a_lat ≤ 1.09 m/s².</summary>
    public static (double Lo, double Hi) CalmLaneChangeSeconds => (5.0, 7.5);

    /// <summary>
    /// Brisk: T 3.52–3.58 s: a_lat 1.72–1.77 m/s² (≥ 11 % under 2.0) and T_eq 10 % inside [3, 4). The sine
    /// profile's brisk band at W = 3.5 m is only 3.32–4 s; a 0.5 s guard on T_eq would leave it empty.
    /// </summary>
    public static (double Lo, double Hi) BriskLaneChangeSeconds => (3.52, 3.58);

    /// <summary>
    /// Abrupt: T 2.855–2.875 s: peak a_lat 2.66–2.70 m/s² as docs/habits.md computes it (2πW/T², ≤ 2.7), and still
    /// ≥ 2.2 m/s² if a detector smooths a_lat with τ = 0.3 s (which lowers a 2.9 s profile's peak by 15 %).
    /// </summary>
    public static (double Lo, double Hi) AbruptLaneChangeSeconds => (2.855, 2.875);

    /// <summary>
    /// Severe: T 2.2–2.25 s: peak a_lat 4.3–4.5 m/s² raw, ≥ 3.3 smoothed; the |v_lat| &gt; 0.25 m/s span is 1.8 s,
    /// 20 % above the 1.5 s acceptance.
    /// </summary>
    public static (double Lo, double Hi) SevereLaneChangeSeconds => (2.2, 2.25);

    /// <summary>Gap between the two lane changes of a normal overtake (end of the first to start of the second), s.</summary>
    public static (double Lo, double Hi) OvertakeGapSeconds => (20, 32);

    /// <summary>Gap for a weaving pair, s (weaving window 15 s).</summary>
    public static (double Lo, double Hi) WeavingGapSeconds => (4, 10);

    // ---- Indicators -------------------------------------------------------------------------------

    /// <summary>Good lane-change lead, s (required 3 s).</summary>
    public static (double Lo, double Hi) GoodLaneChangeLeadSeconds => (4.0, 7.0);

    /// <summary>Late lead, s: in [1, required) with 0.5 s guards.</summary>
    public static (double Lo, double Hi) LateLeadSeconds => (1.5, 2.5);

    /// <summary>Very late lead, s (negative: switched on after the move began).</summary>
    public static (double Lo, double Hi) VeryLateLeadSeconds => (-1.0, 0.5);

    /// <summary>Wrong-side signal: opposite blinker on this long before the start, s.</summary>
    public static (double Lo, double Hi) WrongSideLeadSeconds => (2.0, 5.0);

    /// <summary>Cancel after the manoeuvre ends, s (not-cancelled threshold 5 s).</summary>
    public static (double Lo, double Hi) CancelDelaySeconds => (0.3, 2.0);

    /// <summary>A forgotten indicator stays on this long after the end, s.</summary>
    public static (double Lo, double Hi) NotCancelledSeconds => (10, 25);

    /// <summary>Required lead before a junction turn at approach speed v: max(3 s, 30 m / v).</summary>
    public static double RequiredTurnLeadSeconds(double approachSpeedMps) =>
        Math.Max(Habits.Indicators.UrbanTurnLeadSeconds, Habits.Indicators.UrbanTurnLeadMetres / approachSpeedMps);

    // ---- Braking (levels mass-scaled by HabitOptions.BrakingLevelsFor) ---------------------------

    /// <summary>Gentle braking plateau, m/s² (firm is 1.5; the brief asks &lt; 1.2 so no firm episode ever starts).</summary>
    public static (double Lo, double Hi) GentlePlateau => (0.6, 1.15);

    /// <summary>Firm (info) plateau for a slowdown: ≥ 1.65 and ≤ 0.9 × the loaded harsh threshold 2.5.</summary>
    public static (double Lo, double Hi) FirmPlateau => (1.72, 2.2);

    /// <summary>Late stop plateau: peak in [2.2, 2.7] and below 0.9 × harsh for any mass.</summary>
    public static (double Lo, double Hi) LatePlateau => (2.21, 2.25);

    /// <summary>Harsh plateau for a rig of the given mass: [1.1 harsh, 0.9 emergency].</summary>
    public static (double Lo, double Hi) HarshPlateau(double massKg)
    {
        // 1.13 rather than 1.1: the smoothed deceleration (τ 0.3 s) must get above 1.1 × the level, not just reach it.
        var l = Habits.BrakingLevelsFor(massKg);
        return (l.Harsh * 1.13, l.Emergency * 0.9);
    }

    /// <summary>Emergency plateau: [1.1 emergency, 0.9 extreme]; empty for light rigs (then extreme is used).</summary>
    public static (double Lo, double Hi) EmergencyPlateau(double massKg)
    {
        var l = Habits.BrakingLevelsFor(massKg);
        return (l.Emergency * 1.13, l.Extreme * 0.9);
    }

    /// <summary>Extreme plateau: ≥ 1.1 × 4.5 and within the truck's 5.2 m/s² capability.</summary>
    public static (double Lo, double Hi) ExtremePlateau => ((Habits.Braking.ExtremeMps2 * 1.1) + 0.1, 5.15);

    /// <summary>Time a plateau is held, s: the level needs 0.5 s, the guard another 0.5 s.</summary>
    public const double MinPlateauSeconds = 2.0;

    /// <summary>A late-stop plateau is held longer so the smoothed peak (τ 0.3 s) settles within 1 % of it.</summary>
    public const double MinLatePlateauSeconds = 2.0;

    // ---- Cornering (loaded: cargo ≥ 10 t) --------------------------------------------------------

    /// <summary>Clean curves and turns: |a_lat| at most this, m/s² (loaded caution 1.5 − 20 %).</summary>
    public const double CleanLateralMaxMps2 = 1.2;

    /// <summary>Clean lower bound (turns are not crawled), m/s².</summary>
    public const double CleanLateralMinMps2 = 0.5;

    /// <summary>Loaded caution/harsh/severe plateaus, m/s² (levels 1.5 / 2.0 / 2.5).</summary>
    public static (double Lo, double Hi)[] LoadedCornering => [(1.7, 1.8), (2.2, 2.25), (2.8, 3.0)];

    /// <summary>Empty rigs (levels 2.5 / 3.0 / 3.5): the 10 % guards leave no caution or harsh band, only severe.</summary>
    public static (double Lo, double Hi) EmptySevereCornering => (3.9, 4.2);

    /// <summary>Seconds at the plateau: the level needs 1 s, the guard 0.5 s more.</summary>
    public const double MinCorneringPlateauSeconds = 1.6;

    // ---- Speed limits ----------------------------------------------------------------------------

    /// <summary>Late compliance, s after the drop (late 3–8 s).</summary>
    public static (double Lo, double Hi) LateComplianceSeconds => (3.5, 7.5);

    /// <summary>Missed: compliance at least this late, s.</summary>
    public const double MissedComplianceSeconds = 8.5;

    /// <summary>Sustained speeding over the limit, km/h: minor band, serious band (thresholds +10, +20).</summary>
    public static (double Lo, double Hi) SpeedingMinorOverKmh => (13, 17);

    public static (double Lo, double Hi) SpeedingSeriousOverKmh => (23, 28);

    /// <summary>Time above limit + 10 km/h in a speeding stretch, s (threshold 60 s, guard 10 %).</summary>
    public static (double Lo, double Hi) SpeedingSeconds => (72, 110);

    // ---- Points of interest ----------------------------------------------------------------------

    /// <summary>Toll: speed 50 m before the booth, km/h (target 30, minor &gt; 40, serious &gt; 50).</summary>
    public static (double Lo, double Hi)[] TollApproachKmh => [(14, 22), (44, 45), (56, 60)];

    /// <summary>Yard / service area: max speed within 45–55 m, km/h (target 20, minor &gt; 30, serious &gt; 40).</summary>
    public static (double Lo, double Hi)[] YardApproachKmh => [(10, 16), (33, 36), (45, 48)];

    // ---- Blocking and pauses ---------------------------------------------------------------------

    /// <summary>Short stop in a live lane, s (20 s minimum, 60 s serious).</summary>
    public static (double Lo, double Hi) ShortLaneStopSeconds => (25, 50);

    /// <summary>Long stop in a live lane, s.</summary>
    public static (double Lo, double Hi) LongLaneStopSeconds => (70, 90);

    /// <summary>Menu while rolling: at least this speed, km/h (threshold 5).</summary>
    public const double MenuMinKmh = 20;

    /// <summary>Pause length, simulation seconds.</summary>
    public static (double Lo, double Hi) PauseSeconds => (4, 15);

    // ---- Lights ----------------------------------------------------------------------------------

    /// <summary>Careful drivers switch on at least this long before a window opens or after wipers start, s.</summary>
    public const double LightsEarlySeconds = 20;
}
