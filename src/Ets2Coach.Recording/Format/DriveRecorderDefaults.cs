namespace Ets2Coach.Recording.Format;

/// <summary>Sizes the recorder uses unless told otherwise.</summary>
internal static class DriveRecorderDefaults
{
    /// <summary>Simulation time one chunk covers.</summary>
    public const long ChunkDurationUs = 1_000_000;

    /// <summary>Frames a chunk buffer holds before it is sealed early (≈ 8.5 s at 60 Hz, 2 s at 256 Hz).</summary>
    public const int FramesPerChunkCapacity = 512;

    /// <summary>Events a chunk buffer holds before it is sealed early.</summary>
    public const int EventsPerChunkCapacity = 256;

    /// <summary>Configuration changes a chunk buffer holds before it is sealed early.</summary>
    public const int ConfigurationsPerChunkCapacity = 32;
}
