namespace Ets2Coach.GameHost.Scenarios;

/// <summary>How the host process plays the invariant scenario.</summary>
internal sealed record ScenarioOptions
{
    /// <summary>Frames to play.</summary>
    public long Frames { get; init; } = 600;

    /// <summary>Frames per second; 0 = as fast as possible (no waiting at all).</summary>
    public double RateHz { get; init; } = 60;

    /// <summary>A gameplay event every this many frames (on frames 0, K, 2K, ...); 0 = none.</summary>
    public int EventsEvery { get; init; }

    /// <summary><c>sdk reload</c> before this frame, or null.</summary>
    public long? ReloadAt { get; init; }

    /// <summary><c>sdk reinit</c> before this frame, or null.</summary>
    public long? ReinitAt { get; init; }

    /// <summary>First paused frame, or null.</summary>
    public long? PauseAt { get; init; }

    /// <summary>Number of paused frames from <see cref="PauseAt"/>.</summary>
    public long PauseFrames { get; init; } = 60;

    /// <summary>Seconds to keep the plugin loaded (shared memory alive) after the last frame.</summary>
    public double HoldAtEndSeconds { get; init; }

    /// <summary>
    /// The latency scenario: each frame's <c>RenderTimeUs</c> is the <see cref="PublishClock"/> time
    /// just before the frame is played, so a reader in another process can measure publish-to-read latency.
    /// </summary>
    public bool StampPublishTime { get; init; }

    /// <summary>A one-line reason when the options are unusable.</summary>
    public string? Validate() =>
        Frames < 0 ? "--frames must not be negative"
        : RateHz < 0 || double.IsNaN(RateHz) || double.IsInfinity(RateHz) ? "--rate must be 0 or a positive number"
        : EventsEvery < 0 ? "--events-every must not be negative"
        : PauseFrames < 0 ? "--pause-frames must not be negative"
        : HoldAtEndSeconds < 0 || double.IsNaN(HoldAtEndSeconds) ? "--hold-at-end must not be negative"
        : null;
}
