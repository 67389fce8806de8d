using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Writing;

/// <summary>What a <see cref="DriveRecorder"/> writes into the file header, and how it writes.</summary>
public sealed record DriveRecorderOptions
{
    /// <summary>The game and plugin being recorded (from <see cref="TelemetrySourceStatus.Writer"/>), when known.</summary>
    public WriterInfo? Writer { get; init; }

    /// <summary>The writer generation being recorded (from <see cref="TelemetrySourceStatus.WriterGeneration"/>).</summary>
    public ulong WriterGeneration { get; init; }

    /// <summary>Nominal frame rate, Hz (informational; replay paces by the frames' own simulation times).</summary>
    public double FrameRateHz { get; init; } = 60;

    /// <summary>The configuration in force when recording starts.</summary>
    public TelemetryConfiguration Configuration { get; init; } = TelemetryConfiguration.Empty;

    /// <summary>Where the data comes from: <c>live</c>, or e.g. <c>csv:drive.csv</c> for imports.</summary>
    public string Source { get; init; } = "live";

    /// <summary>Version of Ets2Coach written into the header; defaults to this assembly's version.</summary>
    public string? CoachVersion { get; init; }

    /// <summary>Simulation time one chunk covers (0.1 s … 10 s). A chunk is written as soon as it is complete.</summary>
    public TimeSpan ChunkDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often written chunks are also flushed to the disk itself (fsync). <see cref="TimeSpan.Zero"/>
    /// (the default) means after every chunk: a power cut then loses at most the last second or two.
    /// Larger values trade that for fewer disk flushes.
    /// </summary>
    public TimeSpan FlushToDiskInterval { get; init; } = TimeSpan.Zero;

    /// <summary>Complete chunks that may wait for a slow disk before new frames are dropped (and counted).</summary>
    public int MaxBufferedChunks { get; init; } = 30;

    /// <summary>
    /// What happens when <see cref="MaxBufferedChunks"/> complete chunks wait for the disk: true (live
    /// sessions, the default) drops new frames and counts them in <see cref="RecorderStatus.FramesDropped"/>,
    /// so the caller never waits; false makes the caller wait for the disk (imports, tests, batch jobs).
    /// </summary>
    public bool DropWhenBehind { get; init; } = true;

    /// <summary>Replace an existing file instead of refusing to.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Clock for the header's wall-clock start time and for disk-flush intervals.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>A one-line description of the first invalid option, or null when all are valid.</summary>
    public string? Validate()
    {
        if (!(FrameRateHz > 0 && FrameRateHz <= 10_000))
        {
            return $"FrameRateHz must be in (0, 10000]; it is {FrameRateHz}";
        }

        if (ChunkDuration < TimeSpan.FromMilliseconds(100) || ChunkDuration > TimeSpan.FromSeconds(10))
        {
            return $"ChunkDuration must be between 0.1 s and 10 s; it is {ChunkDuration.TotalSeconds} s";
        }

        if (FlushToDiskInterval < TimeSpan.Zero)
        {
            return "FlushToDiskInterval must not be negative";
        }

        if (MaxBufferedChunks is < 2 or > 10_000)
        {
            return $"MaxBufferedChunks must be between 2 and 10000; it is {MaxBufferedChunks}";
        }

        return Configuration is null || Source is null || TimeProvider is null ? "Configuration, Source and TimeProvider must be set" : null;
    }
}
