namespace Ets2Coach.Habits;

/// <summary>Stopping in live lanes and using menus while rolling (reference 6; all D).</summary>
public sealed record BlockingOptions
{
    /// <summary>Below this speed the truck is stopped.</summary>
    public double StoppedBelowKmh { get; init; } = 2;

    /// <summary>A stop this long on a fast road is a finding.</summary>
    public double MinStopSeconds { get; init; } = 20;

    /// <summary>With hazards on, a stop this long is serious (shorter: minor).</summary>
    public double SeriousWithHazardsSeconds { get; init; } = 60;

    /// <summary>Roads with a limit of at least this (or unknown limit after driving this fast) are live fast roads.</summary>
    public double FastRoadKmh { get; init; } = 60;

    /// <summary>No finding within this distance of a known point of interest.</summary>
    public double PoiExclusionRadiusM { get; init; } = 150;

    /// <summary>Stop-go queue: moved at least <see cref="QueueMinMoveM"/> below <see cref="QueueMaxKmh"/> within this window.</summary>
    public double QueueWindowSeconds { get; init; } = 60;

    /// <summary>Stop-go queue: minimum creeping distance.</summary>
    public double QueueMinMoveM { get; init; } = 10;

    /// <summary>Stop-go queue: maximum creeping speed.</summary>
    public double QueueMaxKmh { get; init; } = 20;

    /// <summary>An emergency stop (braking ≥ this) right before the stop makes it dangerous (AASHTO 3.4 m/s²).</summary>
    public double DangerousBrakingMps2 { get; init; } = 3.4;

    /// <summary>Pausing at or above this speed is a menu while rolling.</summary>
    public double MenuMinSpeedKmh { get; init; } = 5;
}
