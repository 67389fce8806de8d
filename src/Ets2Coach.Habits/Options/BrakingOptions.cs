namespace Ets2Coach.Habits;

/// <summary>Hard braking, stop anticipation and following distance (reference 1a, 1b, 3.2). Grade-D values are tunable.</summary>
public sealed record BrakingOptions
{
    /// <summary>Firm braking, info level (D, below car norms).</summary>
    public double FirmMps2 { get; init; } = 1.5;

    /// <summary>Harsh braking for a fully loaded 40 t rig: 0.25 g (D, from vendor car thresholds scaled down by weight).</summary>
    public double HarshLoadedMps2 { get; init; } = 2.5;

    /// <summary>Harsh braking for a bobtail or empty truck: 0.30 g (D).</summary>
    public double HarshBobtailMps2 { get; init; } = 3.0;

    /// <summary>Emergency braking, loaded: the AASHTO design deceleration, 3.4 m/s² (A).</summary>
    public double EmergencyLoadedMps2 { get; init; } = 3.4;

    /// <summary>Emergency braking, bobtail: 3.9 m/s² (D, same offset as harsh).</summary>
    public double EmergencyBobtailMps2 { get; init; } = 3.9;

    /// <summary>Extreme braking: near FMVSS-121 loaded-tractor capability, 4.5 m/s² (A).</summary>
    public double ExtremeMps2 { get; init; } = 4.5;

    /// <summary>Deceleration must stay at a level this long to count (D, telematics practice: 0.5 s).</summary>
    public double SustainSeconds { get; init; } = 0.5;

    /// <summary>Ignore braking that starts below this speed (D, vendors use 15–32 km/h).</summary>
    public double MinSpeedKmh { get; init; } = 15;

    /// <summary>Braking episodes closer than this merge into one (D).</summary>
    public double MergeSeconds { get; init; } = 5;

    /// <summary>Time constant of the deceleration smoothing (D, 0.25–0.5 s).</summary>
    public double SmoothingSeconds { get; init; } = 0.3;

    /// <summary>A stop episode starts from at least this speed (1b).</summary>
    public double StopFromKmh { get; init; } = 30;

    /// <summary>Below this speed the truck counts as stopped.</summary>
    public double StoppedBelowKmh { get; init; } = 2;

    /// <summary>A good stop: mean deceleration at most this (D).</summary>
    public double GoodStopMeanMps2 { get; init; } = 1.5;

    /// <summary>A good stop: peak deceleration at most this (D).</summary>
    public double GoodStopPeakMps2 { get; init; } = 2.0;

    /// <summary>Above this mean deceleration a stop is harsh (reported as hard braking, not late braking).</summary>
    public double LateStopMeanMps2 { get; init; } = 2.5;

    /// <summary>Above this peak deceleration a stop is harsh (reported as hard braking).</summary>
    public double LateStopPeakMps2 { get; init; } = 3.0;

    /// <summary>Following-distance proxy: braking at firm level or more with no stop, drop, turn or toll within this many seconds ahead (D).</summary>
    public double OpenRoadLookaheadSeconds { get; init; } = 15;

    /// <summary>Following-distance proxy: no known POI within this path distance ahead (D).</summary>
    public double OpenRoadPoiAheadM { get; init; } = 300;

    /// <summary>Following-distance proxy: a POI counts as ahead when the path driven passes within this of it (D).</summary>
    public double OpenRoadPoiNearPathM { get; init; } = 50;

    /// <summary>Following-distance proxy: slowing below this within the look-ahead is a stop (junction, light, queue), not open road (D).</summary>
    public double OpenRoadStopKmh { get; init; } = 10;

    /// <summary>Deceleration above this is a collision, not braking (1 g, reference §1).</summary>
    public double CollisionSpikeMps2 { get; init; } = 9.81;

    /// <summary>No braking finding within this many seconds of a crash fine or a collision spike.</summary>
    public double CollisionSuppressSeconds { get; init; } = 2;
}
