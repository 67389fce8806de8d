namespace Ets2Coach.Simulator;

/// <summary>
/// How a simulated player drives: the share of each manoeuvre drawn from each guard-banded bucket
/// (docs/simulator.md lists the buckets). Shares are probabilities per manoeuvre (or per opportunity)
/// in 0..1; a share of 0 never injects that fault. <see cref="Careful"/> drives clean,
/// <see cref="Reckless"/> commits most faults, <see cref="Average"/> sits in between.
/// </summary>
public sealed record DriverProfile
{
    /// <summary>Preset name.</summary>
    public string Name { get; init; } = "custom";

    /// <summary>Share of lane changes and turns that are signalled at all (the rest: no signal).</summary>
    public double SignalShare { get; init; } = 1;

    /// <summary>Of the signalled ones: share with a late lead (1.5–2.5 s).</summary>
    public double SignalLateShare { get; init; }

    /// <summary>Of the signalled ones: share with a very late lead (−1.0–0.5 s).</summary>
    public double SignalVeryLateShare { get; init; }

    /// <summary>Share of lane changes and turns signalled on the wrong side.</summary>
    public double WrongSideShare { get; init; }

    /// <summary>Share of signalled single lane changes whose indicator is left on 10–30 s.</summary>
    public double NotCancelledShare { get; init; }

    /// <summary>Share of stops braked late (mean 1.65–2.25 m/s² or a 2.25–2.65 m/s² plateau).</summary>
    public double StopLateShare { get; init; }

    /// <summary>Share of stops braked at the harsh level.</summary>
    public double StopHarshShare { get; init; }

    /// <summary>Share of stops braked at the emergency or extreme level.</summary>
    public double StopEmergencyShare { get; init; }

    /// <summary>Share of speed-limit drops met 3.5–7.5 s late.</summary>
    public double LimitDropLateShare { get; init; }

    /// <summary>Share of speed-limit drops missed (≥ 8.5 s, or ≥ 16.5 km/h over 3 s after the sign).</summary>
    public double LimitDropMissedShare { get; init; }

    /// <summary>Share of lane changes that are brisk (T = 3.5 s).</summary>
    public double LaneChangeBriskShare { get; init; }

    /// <summary>Share of lane changes that are abrupt (T = 2.9–3.1 s).</summary>
    public double LaneChangeAbruptShare { get; init; }

    /// <summary>Share of lane changes that are severe (T = 2.5–2.55 s).</summary>
    public double LaneChangeSevereShare { get; init; }

    /// <summary>Share of overtakes done as weaving (back in within 3–10 s).</summary>
    public double WeavingShare { get; init; }

    /// <summary>Share of curves and turns taken at the caution level of lateral acceleration.</summary>
    public double CorneringCautionShare { get; init; }

    /// <summary>Share taken at the harsh level.</summary>
    public double CorneringHarshShare { get; init; }

    /// <summary>Share taken at the severe level.</summary>
    public double CorneringSevereShare { get; init; }

    /// <summary>Chance that the low beam comes on only well inside the dusk window (19:00–20:30).</summary>
    public double LightsLateAtDuskShare { get; init; }

    /// <summary>Chance that the low beam comes on only after the night window opened (20:30).</summary>
    public double LightsLateAtNightShare { get; init; }

    /// <summary>Chance that the low beam is forgotten (or switched on late) when the wipers start.</summary>
    public double LightsForgottenInRainShare { get; init; }

    /// <summary>Chance of driving on parking lights alone before the low beam comes on.</summary>
    public double ParkingLightsOnlyShare { get; init; }

    /// <summary>Lowest cruising margin over the limit, km/h (negative: below the limit).</summary>
    public double CruiseMarginMinKmh { get; init; } = -4;

    /// <summary>Highest cruising margin over the limit, km/h (at most +8: sustained speeding starts at +10).</summary>
    public double CruiseMarginMaxKmh { get; init; }

    /// <summary>Chance per open-road section of a sustained speeding stretch (75–120 s at +13 to +30 km/h).</summary>
    public double SpeedingStretchShare { get; init; }

    /// <summary>Share of traffic slowdowns braked firmly (info level).</summary>
    public double SlowdownFirmShare { get; init; }

    /// <summary>Share of traffic slowdowns braked harshly.</summary>
    public double SlowdownHarshShare { get; init; }

    /// <summary>Share of traffic slowdowns braked at the emergency or extreme level.</summary>
    public double SlowdownEmergencyShare { get; init; }

    /// <summary>Chance per open-road section of stopping in a live lane.</summary>
    public double StopInLaneShare { get; init; }

    /// <summary>Of those stops: share with the hazards on.</summary>
    public double StopInLaneHazardsShare { get; init; }

    /// <summary>Chance per open-road section of opening a menu while rolling.</summary>
    public double MenuWhileRollingShare { get; init; }

    /// <summary>Chance per stop of a normal pause while standing.</summary>
    public double PauseWhileStoppedShare { get; init; } = 0.2;

    /// <summary>Share of toll, yard and service-area approaches 13–16 km/h over the target.</summary>
    public double PoiFastShare { get; init; }

    /// <summary>Share of those approaches 24 km/h or more over the target.</summary>
    public double PoiVeryFastShare { get; init; }

    /// <summary>Chance per section of a game fine (red light, weigh station, camera while speeding).</summary>
    public double FineShare { get; init; }

    /// <summary>Chance per drive of a collision.</summary>
    public double CollisionShare { get; init; }

    /// <summary>Chance that a long constant-speed stretch is driven on cruise control.</summary>
    public double CruiseControlShare { get; init; } = 0.5;

    /// <summary>Whether gentle slowing uses the retarder rather than the service brake.</summary>
    public bool UsesRetarder { get; init; }

    /// <summary>Signals ≥ 4 s ahead, stops below 1.2 m/s², lane changes ≥ 5 s, lights on before dusk: scores ≥ 90.</summary>
    public static DriverProfile Careful { get; } = new()
    {
        Name = "careful",
        SignalShare = 1,
        CruiseMarginMinKmh = -4,
        CruiseMarginMaxKmh = 0,
        PauseWhileStoppedShare = 0.3,
        CruiseControlShare = 0.8,
        UsesRetarder = true,
    };

    /// <summary>Mostly tidy, with some late signals, late braking, brisk lane changes and lights at dusk.</summary>
    public static DriverProfile Average { get; } = new()
    {
        Name = "average",
        SignalShare = 0.88,
        SignalLateShare = 0.25,
        SignalVeryLateShare = 0.08,
        WrongSideShare = 0.02,
        NotCancelledShare = 0.2,
        StopLateShare = 0.3,
        StopHarshShare = 0.05,
        LimitDropLateShare = 0.3,
        LimitDropMissedShare = 0.1,
        LaneChangeBriskShare = 0.25,
        LaneChangeAbruptShare = 0.1,
        CorneringCautionShare = 0.2,
        CorneringHarshShare = 0.05,
        LightsLateAtDuskShare = 0.6,
        LightsLateAtNightShare = 0.1,
        LightsForgottenInRainShare = 0.5,
        ParkingLightsOnlyShare = 0.3,
        CruiseMarginMinKmh = -2,
        CruiseMarginMaxKmh = 4,
        SpeedingStretchShare = 0.1,
        SlowdownFirmShare = 0.3,
        SlowdownHarshShare = 0.1,
        StopInLaneShare = 0.12,
        StopInLaneHazardsShare = 0.8,
        MenuWhileRollingShare = 0.12,
        PoiFastShare = 0.2,
        FineShare = 0.15,
        CollisionShare = 0.05,
        CruiseControlShare = 0.5,
    };

    /// <summary>Many faults: missing and late signals, harsh stops and slowdowns, weaving, speeding, no lights.</summary>
    public static DriverProfile Reckless { get; } = new()
    {
        Name = "reckless",
        SignalShare = 0.5,
        SignalLateShare = 0.3,
        SignalVeryLateShare = 0.4,
        WrongSideShare = 0.15,
        NotCancelledShare = 0.4,
        StopLateShare = 0.3,
        StopHarshShare = 0.35,
        StopEmergencyShare = 0.2,
        LimitDropLateShare = 0.3,
        LimitDropMissedShare = 0.55,
        LaneChangeBriskShare = 0.2,
        LaneChangeAbruptShare = 0.35,
        LaneChangeSevereShare = 0.25,
        WeavingShare = 0.7,
        CorneringCautionShare = 0.2,
        CorneringHarshShare = 0.3,
        CorneringSevereShare = 0.2,
        LightsLateAtDuskShare = 1,
        LightsLateAtNightShare = 0.9,
        LightsForgottenInRainShare = 1,
        ParkingLightsOnlyShare = 0.5,
        CruiseMarginMinKmh = 2,
        CruiseMarginMaxKmh = 8,
        SpeedingStretchShare = 0.8,
        SlowdownFirmShare = 0.2,
        SlowdownHarshShare = 0.35,
        SlowdownEmergencyShare = 0.25,
        StopInLaneShare = 0.6,
        StopInLaneHazardsShare = 0.3,
        MenuWhileRollingShare = 0.6,
        PauseWhileStoppedShare = 0.1,
        PoiFastShare = 0.4,
        PoiVeryFastShare = 0.4,
        FineShare = 0.7,
        CollisionShare = 0.6,
        CruiseControlShare = 0.2,
    };

    /// <summary>The three presets.</summary>
    public static IReadOnlyList<DriverProfile> Presets { get; } = [Careful, Average, Reckless];

    /// <summary>The preset called <paramref name="name"/> (case-insensitive), or false.</summary>
    public static bool TryFromName(string? name, out DriverProfile profile)
    {
        foreach (var p in Presets)
        {
            if (string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                profile = p;
                return true;
            }
        }

        profile = Average;
        return false;
    }

    /// <summary>The preset called <paramref name="name"/>: careful, average or reckless.</summary>
    /// <exception cref="ArgumentException">Not a preset name.</exception>
    public static DriverProfile FromName(string name) =>
        TryFromName(name, out var p) ? p : throw new ArgumentException($"Unknown driver profile \"{name}\": use careful, average or reckless.", nameof(name));
}
