namespace Ets2Coach.Telemetry;

/// <summary>
/// The game's current configuration groups, decoded from the plugin's configuration block
/// (<c>e2c_config</c>). Null members mean the group is empty (no truck, no job, no trailer).
/// Rebuilt only when a configuration event arrives, never per frame.
/// </summary>
public sealed record TelemetryConfiguration
{
    /// <summary>Nothing known yet.</summary>
    public static TelemetryConfiguration Empty { get; } = new();

    /// <summary><c>controls</c>: arcade, automatic, manual or hshifter; null when unknown.</summary>
    public string? ShifterType { get; init; }

    /// <summary>The truck, or null when there is none.</summary>
    public TruckConfiguration? Truck { get; init; }

    /// <summary>Trailers 0..9 that exist (empty when none is attached to the configuration).</summary>
    public IReadOnlyList<TrailerConfiguration> Trailers { get; init; } = [];

    /// <summary>The active job, or null when there is none.</summary>
    public JobConfiguration? Job { get; init; }

    /// <summary>Per-group generations (index = <see cref="ConfigurationGroup"/>), as in the block.</summary>
    public IReadOnlyList<ulong> Generations { get; init; } = new ulong[16];
}

/// <summary>The <c>truck</c> configuration group. Attributes the game did not send are null.</summary>
public sealed record TruckConfiguration
{
    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; init; }
    /// <summary><c>brand</c>.</summary>
    public string? Brand { get; init; }
    /// <summary><c>id</c>.</summary>
    public string? Id { get; init; }
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }
    /// <summary><c>license.plate</c>.</summary>
    public string? LicensePlate { get; init; }
    /// <summary><c>license.plate.country.id</c>.</summary>
    public string? LicensePlateCountryId { get; init; }
    /// <summary><c>fuel.capacity</c>, litres.</summary>
    public float? FuelCapacityL { get; init; }
    /// <summary><c>rpm.limit</c>.</summary>
    public float? RpmLimit { get; init; }
    /// <summary><c>gears.forward</c>.</summary>
    public uint? GearsForward { get; init; }
    /// <summary><c>gears.reverse</c>.</summary>
    public uint? GearsReverse { get; init; }
    /// <summary><c>retarder.steps</c>; 0 = no retarder.</summary>
    public uint? RetarderSteps { get; init; }
    /// <summary><c>wheels.count</c>.</summary>
    public uint? WheelCount { get; init; }
}

/// <summary>A <c>trailer.N</c> configuration group. Attributes the game did not send are null.</summary>
public sealed record TrailerConfiguration
{
    /// <summary>Trailer index 0..9.</summary>
    public int Index { get; init; }
    /// <summary><c>id</c>.</summary>
    public string? Id { get; init; }
    /// <summary><c>cargo.accessory.id</c>.</summary>
    public string? CargoAccessoryId { get; init; }
    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; init; }
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }
    /// <summary><c>body.type</c> (first trailer only).</summary>
    public string? BodyType { get; init; }
    /// <summary><c>chain.type</c> (first trailer only).</summary>
    public string? ChainType { get; init; }
    /// <summary><c>license.plate</c>.</summary>
    public string? LicensePlate { get; init; }
    /// <summary><c>wheels.count</c>.</summary>
    public uint? WheelCount { get; init; }
}

/// <summary>The <c>job</c> configuration group. Attributes the game did not send are null.</summary>
public sealed record JobConfiguration
{
    /// <summary><c>cargo.id</c>.</summary>
    public string? CargoId { get; init; }
    /// <summary><c>cargo</c>.</summary>
    public string? Cargo { get; init; }
    /// <summary><c>cargo.mass</c>, kg.</summary>
    public float? CargoMassKg { get; init; }
    /// <summary><c>cargo.unit.mass</c>, kg.</summary>
    public float? CargoUnitMassKg { get; init; }
    /// <summary><c>cargo.unit.count</c>.</summary>
    public uint? CargoUnitCount { get; init; }
    /// <summary><c>source.city.id</c>.</summary>
    public string? SourceCityId { get; init; }
    /// <summary><c>source.city</c>.</summary>
    public string? SourceCity { get; init; }
    /// <summary><c>source.company.id</c>.</summary>
    public string? SourceCompanyId { get; init; }
    /// <summary><c>source.company</c>.</summary>
    public string? SourceCompany { get; init; }
    /// <summary><c>destination.city.id</c>.</summary>
    public string? DestinationCityId { get; init; }
    /// <summary><c>destination.city</c>.</summary>
    public string? DestinationCity { get; init; }
    /// <summary><c>destination.company.id</c>.</summary>
    public string? DestinationCompanyId { get; init; }
    /// <summary><c>destination.company</c>.</summary>
    public string? DestinationCompany { get; init; }
    /// <summary><c>job.market</c>.</summary>
    public string? JobMarket { get; init; }
    /// <summary><c>income</c>, game currency.</summary>
    public ulong? Income { get; init; }
    /// <summary><c>delivery.time</c>: absolute in-game minute the delivery window ends.</summary>
    public uint? DeliveryTimeMinutes { get; init; }
    /// <summary><c>planned_distance.km</c>.</summary>
    public uint? PlannedDistanceKm { get; init; }
    /// <summary><c>cargo.loaded</c>.</summary>
    public bool? CargoLoaded { get; init; }
    /// <summary><c>is.special.job</c>.</summary>
    public bool? IsSpecialJob { get; init; }
}
