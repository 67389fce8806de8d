using MessagePack;

namespace Ets2Coach.Recording.Format.Records;

/// <summary>A <see cref="Telemetry.TruckConfiguration"/> on disk. Keys are never renumbered.</summary>
[MessagePackObject]
internal sealed class TruckRecord
{
    /// <summary><c>brand_id</c>.</summary>
    [Key(0)] public string? BrandId { get; set; }

    /// <summary><c>brand</c>.</summary>
    [Key(1)] public string? Brand { get; set; }

    /// <summary><c>id</c>.</summary>
    [Key(2)] public string? Id { get; set; }

    /// <summary><c>name</c>.</summary>
    [Key(3)] public string? Name { get; set; }

    /// <summary><c>license.plate</c>.</summary>
    [Key(4)] public string? LicensePlate { get; set; }

    /// <summary><c>license.plate.country.id</c>.</summary>
    [Key(5)] public string? LicensePlateCountryId { get; set; }

    /// <summary><c>fuel.capacity</c>, litres.</summary>
    [Key(6)] public float? FuelCapacityL { get; set; }

    /// <summary><c>rpm.limit</c>.</summary>
    [Key(7)] public float? RpmLimit { get; set; }

    /// <summary><c>gears.forward</c>.</summary>
    [Key(8)] public uint? GearsForward { get; set; }

    /// <summary><c>gears.reverse</c>.</summary>
    [Key(9)] public uint? GearsReverse { get; set; }

    /// <summary><c>retarder.steps</c>.</summary>
    [Key(10)] public uint? RetarderSteps { get; set; }

    /// <summary><c>wheels.count</c>.</summary>
    [Key(11)] public uint? WheelCount { get; set; }
}
