using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// Mirror of <c>e2c_config</c> (6,144 bytes): one seqlock (<see cref="Seq"/> odd while the writer
/// updates it) over the current configuration groups. The reader never decodes it in place: it
/// copies the whole block under the seqlock first (<see cref="ConfigurationDecoder"/>).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = LayoutConstants.ConfigSize)]
internal struct ConfigBlock
{
    /// <summary><c>seq</c>: odd while the writer updates the block.</summary>
    [FieldOffset(0)] public ulong Seq;

    /// <summary><c>generations</c>: per <see cref="ConfigurationGroup"/>, +1 at each change of that group.</summary>
    [FieldOffset(8)] public ConfigGenerations Generations;

    /// <summary><c>groups_present</c>: bit per <see cref="ConfigurationGroup"/>, set while the group is non-empty.</summary>
    [FieldOffset(136)] public uint GroupsPresent;

    /// <summary><c>shifter_type</c> (the <c>controls</c> group).</summary>
    [FieldOffset(140)] public Utf8Text16 ShifterType;

    /// <summary><c>truck</c>.</summary>
    [FieldOffset(160)] public ConfigTruck Truck;

    /// <summary><c>trailers</c>: trailer.0 … trailer.9.</summary>
    [FieldOffset(448)] public ConfigTrailers Trailers;

    /// <summary><c>job</c>.</summary>
    [FieldOffset(3728)] public ConfigJob Job;
}
