namespace Ets2Coach.Recording.Reading;

/// <summary>How a drive file is replayed.</summary>
public sealed record DriveReplayOptions
{
    /// <summary>As fast as possible (default) or at the recorded pace.</summary>
    public ReplayPace Pace { get; init; } = ReplayPace.AsFastAsPossible;

    /// <summary>With <see cref="ReplayPace.Original"/>: 2 plays twice as fast, 0.5 at half speed (0.01 … 1000).</summary>
    public double SpeedFactor { get; init; } = 1;

    /// <summary>Clock that paces <see cref="ReplayPace.Original"/> replays.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Events read ahead but not yet taken by the consumer beyond which the oldest are dropped (and counted lost).</summary>
    public int MaxPendingEvents { get; init; } = 65_536;

    /// <summary>A one-line description of the first invalid option, or null.</summary>
    public string? Validate() =>
        !(SpeedFactor is >= 0.01 and <= 1000) ? $"SpeedFactor must be between 0.01 and 1000; it is {SpeedFactor}"
        : MaxPendingEvents is < 1024 or > 16_777_216 ? $"MaxPendingEvents must be between 1024 and 16777216; it is {MaxPendingEvents}"
        : TimeProvider is null ? "TimeProvider must be set"
        : null;
}
