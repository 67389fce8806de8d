using MessagePack;

namespace Ets2Coach.Recording.Format.Records;

/// <summary>A <see cref="Telemetry.TrailerConfiguration"/> on disk. Keys are never renumbered.</summary>
[MessagePackObject]
internal sealed class TrailerRecord
{
    /// <summary>Trailer index 0..9.</summary>
    [Key(0)] public int Index { get; set; }

    /// <summary><c>id</c>.</summary>
    [Key(1)] public string? Id { get; set; }

    /// <summary><c>cargo.accessory.id</c>.</summary>
    [Key(2)] public string? CargoAccessoryId { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    [Key(3)] public string? BrandId { get; set; }

    /// <summary><c>name</c>.</summary>
    [Key(4)] public string? Name { get; set; }

    /// <summary><c>body.type</c>.</summary>
    [Key(5)] public string? BodyType { get; set; }

    /// <summary><c>chain.type</c>.</summary>
    [Key(6)] public string? ChainType { get; set; }

    /// <summary><c>license.plate</c>.</summary>
    [Key(7)] public string? LicensePlate { get; set; }

    /// <summary><c>wheels.count</c>.</summary>
    [Key(8)] public uint? WheelCount { get; set; }
}
