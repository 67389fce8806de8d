namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// What detectors publish for each other: manoeuvres (lane changes, turns) for the indicator,
/// cornering and following-distance detectors; hard-braking episodes; open episodes that other
/// detectors must wait for. A producer that is disabled simply publishes nothing.
/// </summary>
internal sealed class SharedSignals
{
    /// <summary>Accepted lane changes and junction turns, in the order they were decided.</summary>
    public Ring<Manoeuvre> Manoeuvres { get; } = new(64);

    /// <summary>Hard-braking findings, in the order they were reported.</summary>
    public Ring<BrakingEpisode> Braking { get; } = new(64);

    /// <summary>Start of a turn candidate still being judged, or NaN.</summary>
    public double OpenTurnStartSeconds { get; set; } = double.NaN;

    /// <summary>Start of a lane-change candidate still being judged, or NaN.</summary>
    public double OpenLaneChangeStartSeconds { get; set; } = double.NaN;

    /// <summary>A limit-drop episode is open (speeding waits for it).</summary>
    public bool LimitDropOpen { get; set; }

    /// <summary>When the last limit-drop episode ended.</summary>
    public double LimitDropEndedSeconds { get; set; } = double.NegativeInfinity;
}
