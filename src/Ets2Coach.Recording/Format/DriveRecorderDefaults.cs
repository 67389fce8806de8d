namespace Ets2Coach.Recording.Format;

/// <summary>Sizes the recorder uses unless told otherwise.</summary>
internal static class DriveRecorderDefaults
{
    /// <summary>Simulation time one chunk covers.</summary>
    public const long ChunkDurationUs = 1_000_000;

    /// <summary>Most frames a recorder's chunk buffer holds (2 s at 256 Hz).</summary>
    public const int FramesPerChunkCapacity = 512;

    /// <summary>Fewest frames a recorder's chunk buffer holds, whatever the nominal rate.</summary>
    public const int MinFramesPerChunkBuffer = 64;

    /// <summary>
    /// Events a recorder's chunk buffer holds before it is sealed early. Events are rare (a few per
    /// minute of driving) and a burst only seals a chunk early, so 64 (16 KB) is plenty.
    /// </summary>
    public const int EventsPerChunkBuffer = 64;

    /// <summary>Configuration changes a chunk buffer holds before it is sealed early.</summary>
    public const int ConfigurationsPerChunkCapacity = 32;

    /// <summary>
    /// Frames of one recorder chunk buffer: twice the frames a chunk holds at the nominal rate (so a game
    /// running up to twice as fast still gets chunks of the full duration; faster ones get shorter
    /// chunks), within [<see cref="MinFramesPerChunkBuffer"/>, <see cref="FramesPerChunkCapacity"/>].
    /// 120 frames (37 KB) at the default 60 Hz and 1 s.
    /// </summary>
    public static int FramesPerChunkBuffer(double frameRateHz, TimeSpan chunkDuration)
    {
        var frames = Math.Ceiling(2 * frameRateHz * chunkDuration.TotalSeconds);
        return (int)Math.Clamp(frames, MinFramesPerChunkBuffer, FramesPerChunkCapacity);
    }
}
