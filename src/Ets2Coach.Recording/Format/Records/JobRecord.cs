using MessagePack;

namespace Ets2Coach.Recording.Format.Records;

/// <summary>A <see cref="Telemetry.JobConfiguration"/> on disk. Keys are never renumbered.</summary>
[MessagePackObject]
internal sealed class JobRecord
{
    /// <summary><c>cargo.id</c>.</summary>
    [Key(0)] public string? CargoId { get; set; }

    /// <summary><c>cargo</c>.</summary>
    [Key(1)] public string? Cargo { get; set; }

    /// <summary><c>cargo.mass</c>, kg.</summary>
    [Key(2)] public float? CargoMassKg { get; set; }

    /// <summary><c>cargo.unit.mass</c>, kg.</summary>
    [Key(3)] public float? CargoUnitMassKg { get; set; }

    /// <summary><c>cargo.unit.count</c>.</summary>
    [Key(4)] public uint? CargoUnitCount { get; set; }

    /// <summary><c>source.city.id</c>.</summary>
    [Key(5)] public string? SourceCityId { get; set; }

    /// <summary><c>source.city</c>.</summary>
    [Key(6)] public string? SourceCity { get; set; }

    /// <summary><c>source.company.id</c>.</summary>
    [Key(7)] public string? SourceCompanyId { get; set; }

    /// <summary><c>source.company</c>.</summary>
    [Key(8)] public string? SourceCompany { get; set; }

    /// <summary><c>destination.city.id</c>.</summary>
    [Key(9)] public string? DestinationCityId { get; set; }

    /// <summary><c>destination.city</c>.</summary>
    [Key(10)] public string? DestinationCity { get; set; }

    /// <summary><c>destination.company.id</c>.</summary>
    [Key(11)] public string? DestinationCompanyId { get; set; }

    /// <summary><c>destination.company</c>.</summary>
    [Key(12)] public string? DestinationCompany { get; set; }

    /// <summary><c>job.market</c>.</summary>
    [Key(13)] public string? JobMarket { get; set; }

    /// <summary><c>income</c>.</summary>
    [Key(14)] public ulong? Income { get; set; }

    /// <summary><c>delivery.time</c>, absolute in-game minute.</summary>
    [Key(15)] public uint? DeliveryTimeMinutes { get; set; }

    /// <summary><c>planned_distance.km</c>.</summary>
    [Key(16)] public uint? PlannedDistanceKm { get; set; }

    /// <summary><c>cargo.loaded</c>.</summary>
    [Key(17)] public bool? CargoLoaded { get; set; }

    /// <summary><c>is.special.job</c>.</summary>
    [Key(18)] public bool? IsSpecialJob { get; set; }
}
