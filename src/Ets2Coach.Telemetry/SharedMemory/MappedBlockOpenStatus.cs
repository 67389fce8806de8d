namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Outcome of <see cref="MappedBlock.TryOpenPath"/> and <see cref="MappedBlock.TryOpenName"/>.</summary>
internal enum MappedBlockOpenStatus
{
    /// <summary>Mapped read-only.</summary>
    Opened,

    /// <summary>No such object: no game (or no plugin) has created it.</summary>
    NotFound,

    /// <summary>The object exists but is shorter than a header (its writer may still be creating it).</summary>
    TooSmall,

    /// <summary>It exists but cannot be mapped (permissions, I/O error); see the message.</summary>
    Failed,
}
