namespace Ets2Coach.Habits;

/// <summary>How the coach estimates total mass (the SDK gives cargo mass only) and scales thresholds with it.</summary>
public sealed record MassOptions
{
    /// <summary>Tractor unit without trailer (D).</summary>
    public double TruckTareKg { get; init; } = 8_000;

    /// <summary>Empty semi-trailer (D).</summary>
    public double TrailerTareKg { get; init; } = 7_000;

    /// <summary>Mass at which the "bobtail" thresholds apply (D).</summary>
    public double BobtailMassKg { get; init; } = 8_000;

    /// <summary>Mass at which the "loaded" thresholds apply: EU 40 t gross combination (A).</summary>
    public double FullLoadMassKg { get; init; } = 40_000;

    /// <summary>Cargo at or above this counts as "loaded" for cornering (1d).</summary>
    public double LoadedCargoKg { get; init; } = 10_000;
}
