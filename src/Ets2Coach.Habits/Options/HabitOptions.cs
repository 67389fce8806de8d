namespace Ets2Coach.Habits;

/// <summary>
/// Every threshold of every detector, with the reference's defaults (docs/habits.md cites each source
/// and grade). A player or a stricter community can tune them; <see cref="Validate"/> runs at start-up.
/// </summary>
public sealed record HabitOptions
{
    /// <summary>The reference defaults.</summary>
    public static HabitOptions Default { get; } = new();

    /// <summary>Mass estimate and threshold scaling.</summary>
    public MassOptions Mass { get; init; } = new();

    /// <summary>Hard braking, stops, following distance.</summary>
    public BrakingOptions Braking { get; init; } = new();

    /// <summary>Limit drops and speeding.</summary>
    public SpeedOptions Speed { get; init; } = new();

    /// <summary>Indicators.</summary>
    public IndicatorOptions Indicators { get; init; } = new();

    /// <summary>Lane changes, turns, cornering.</summary>
    public LaneChangeOptions LaneChanges { get; init; } = new();

    /// <summary>Lights.</summary>
    public LightsOptions Lights { get; init; } = new();

    /// <summary>Points of interest.</summary>
    public PoiOptions Poi { get; init; } = new();

    /// <summary>Blocking.</summary>
    public BlockingOptions Blocking { get; init; } = new();

    /// <summary>Collisions.</summary>
    public CollisionOptions Collisions { get; init; } = new();

    /// <summary>Scores.</summary>
    public ScoringOptions Scoring { get; init; } = new();

    /// <summary>Checks every value; returns one line per problem (empty when valid).</summary>
    public IReadOnlyList<string> Validate() => HabitOptionsValidator.Validate(this);

    /// <summary>
    /// The braking level thresholds for a rig of the given total mass: linear from bobtail to full load
    /// (reference §3.1 recommendation, D), clamped at both ends.
    /// </summary>
    public (double Firm, double Harsh, double Emergency, double Extreme) BrakingLevelsFor(double totalMassKg)
    {
        var span = Mass.FullLoadMassKg - Mass.BobtailMassKg;
        var f = span <= 0 ? 1 : Math.Clamp((totalMassKg - Mass.BobtailMassKg) / span, 0, 1);
        var harsh = Braking.HarshBobtailMps2 + (f * (Braking.HarshLoadedMps2 - Braking.HarshBobtailMps2));
        var emergency = Braking.EmergencyBobtailMps2 + (f * (Braking.EmergencyLoadedMps2 - Braking.EmergencyBobtailMps2));
        return (Braking.FirmMps2, harsh, emergency, Braking.ExtremeMps2);
    }
}
