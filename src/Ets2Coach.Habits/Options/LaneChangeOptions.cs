namespace Ets2Coach.Habits;

/// <summary>Lane changes, weaving, turns and harsh cornering (reference 4a, 4b, 1d).</summary>
public sealed record LaneChangeOptions
{
    /// <summary>Initial lane width; recalibrated from completed lane changes (E-road standard ≥ 3.5 m, A; ETS2 unknown).</summary>
    public double LaneWidthM { get; init; } = 3.5;

    /// <summary>Lane changes are scored at or above this speed (D).</summary>
    public double MinSpeedKmh { get; init; } = 40;

    /// <summary>Accepted lateral displacement, in lane widths (D).</summary>
    public double MinDisplacementLanes { get; init; } = 0.6;

    /// <summary>Accepted lateral displacement, in lane widths (D).</summary>
    public double MaxDisplacementLanes { get; init; } = 1.4;

    /// <summary>A lane change ends with a net heading change under this (D).</summary>
    public double MaxNetHeadingDegrees { get; init; } = 10;

    /// <summary>Accepted duration (D).</summary>
    public double MinDurationSeconds { get; init; } = 1.5;

    /// <summary>Accepted duration (D).</summary>
    public double MaxDurationSeconds { get; init; } = 15;

    /// <summary>Time constant of the ramp-tracking road-heading reference (reference §4.1: 8–10 s, D).</summary>
    public double RoadReferenceSeconds { get; init; } = 8;

    /// <summary>A lane change starts when the lateral speed relative to the road exceeds this, and ends when it falls back below (D).</summary>
    public double StartLateralSpeedMps { get; init; } = 0.25;

    /// <summary>
    /// Time constant of the lateral-acceleration smoothing used for lane-change peaks. Shorter than the
    /// braking smoothing: a 0.3 s filter reads the peak of a 2.5 s lane change about 20 % low (D).
    /// </summary>
    public double LateralPeakSmoothingSeconds { get; init; } = 0.1;

    /// <summary>Equivalent duration 2W/v_lat,peak under this is brisk (D; naturalistic mean 6.28 s, SD 2.0, A).</summary>
    public double BriskEquivalentSeconds { get; init; } = 4;

    /// <summary>Equivalent duration under this is abrupt (mean − 1.6 SD, D).</summary>
    public double AbruptEquivalentSeconds { get; init; } = 3;

    /// <summary>Equivalent duration under this is severe (D).</summary>
    public double SevereEquivalentSeconds { get; init; } = 2;

    /// <summary>Peak lateral acceleration (relative to the road) that makes a lane change abrupt (D).</summary>
    public double AbruptLateralMps2 { get; init; } = 2.0;

    /// <summary>Peak lateral acceleration that makes a lane change severe (D).</summary>
    public double SevereLateralMps2 { get; init; } = 3.0;

    /// <summary>Two lane changes in opposite directions closer than this (end of the first to start of the second) are weaving (D).</summary>
    public double WeavingWindowSeconds { get; init; } = 15;

    /// <summary>A junction turn changes heading by at least this ... (UMTRI 70–110°, A).</summary>
    public double TurnMinDegrees { get; init; } = 60;

    /// <summary>... and at most this (beyond: U-turn or roundabout).</summary>
    public double TurnMaxDegrees { get; init; } = 120;

    /// <summary>... within this time ...</summary>
    public double TurnMaxSeconds { get; init; } = 20;

    /// <summary>... at or below this speed.</summary>
    public double TurnMaxKmh { get; init; } = 50;

    /// <summary>A turn starts when the heading has left the approach heading by this much (5–10°).</summary>
    public double TurnStartDegrees { get; init; } = 7.5;

    /// <summary>... on a path radius of at most this; curves are wider (reference §4.2: radius &gt; 150 m).</summary>
    public double TurnMaxRadiusM { get; init; } = 150;

    /// <summary>The heading counts as changing (a possible turn) above this yaw rate (D).</summary>
    public double TurnActiveYawDegreesPerS { get; init; } = 1;

    /// <summary>A turn ends when the yaw rate has stayed below <see cref="TurnActiveYawDegreesPerS"/> this long (D).</summary>
    public double TurnSettleSeconds { get; init; } = 1;

    /// <summary>Harsh cornering must last this long (D).</summary>
    public double CorneringSustainSeconds { get; init; } = 1.0;

    /// <summary>Loaded (cargo ≥ the loaded mass): caution, info (D).</summary>
    public double LoadedCautionMps2 { get; init; } = 1.5;

    /// <summary>Loaded: harsh, minor (0.20 g, D from the 0.26 g dynamic rollover threshold, A).</summary>
    public double LoadedHarshMps2 { get; init; } = 2.0;

    /// <summary>Loaded: severe, serious (0.25 g, D).</summary>
    public double LoadedSevereMps2 { get; init; } = 2.5;

    /// <summary>Empty or bobtail: caution, info (D).</summary>
    public double EmptyCautionMps2 { get; init; } = 2.5;

    /// <summary>Empty or bobtail: harsh, minor (0.30 g, PosiTrace car turning value, B/D).</summary>
    public double EmptyHarshMps2 { get; init; } = 3.0;

    /// <summary>Empty or bobtail: severe, serious (D).</summary>
    public double EmptySevereMps2 { get; init; } = 3.5;
}
