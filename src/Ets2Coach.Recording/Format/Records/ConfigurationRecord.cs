using MessagePack;

namespace Ets2Coach.Recording.Format.Records;

/// <summary>A <see cref="Telemetry.TelemetryConfiguration"/> on disk. Keys are never renumbered.</summary>
[MessagePackObject]
internal sealed class ConfigurationRecord
{
    /// <summary><c>controls</c> shifter type.</summary>
    [Key(0)] public string? ShifterType { get; set; }

    /// <summary>The truck, or null.</summary>
    [Key(1)] public TruckRecord? Truck { get; set; }

    /// <summary>Trailers that exist.</summary>
    [Key(2)] public TrailerRecord[]? Trailers { get; set; }

    /// <summary>The job, or null.</summary>
    [Key(3)] public JobRecord? Job { get; set; }

    /// <summary>Per-group generations.</summary>
    [Key(4)] public ulong[]? Generations { get; set; }
}
