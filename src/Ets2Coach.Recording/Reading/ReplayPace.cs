namespace Ets2Coach.Recording.Reading;

/// <summary>How fast a <see cref="DriveFileTelemetrySource"/> releases frames.</summary>
public enum ReplayPace
{
    /// <summary>Everything at once, as fast as the consumer reads (re-scoring, tests).</summary>
    AsFastAsPossible,

    /// <summary>At the recorded simulation pace, scaled by <see cref="DriveReplayOptions.SpeedFactor"/>.</summary>
    Original,
}
