using Ets2Coach.Habits;

namespace Ets2Coach.Simulator.Truth;

/// <summary>
/// The thresholds an oracle applies: <see cref="HabitOptions"/> plus the few numbers docs/habits.md states
/// without an option (they are perturbed for the guard-band check like every other threshold).
/// </summary>
internal sealed record OracleSettings(HabitOptions Habits)
{
    /// <summary>Following-too-close: "no stop (speed &lt; 10 km/h) within the next 15 s".</summary>
    public double FtcStopKmh { get; init; } = 10;

    /// <summary>Following-too-close: "no POI within 300 m ahead".</summary>
    public double FtcPoiAheadM { get; init; } = 300;

    /// <summary>A lane change starts when |v_lat| first exceeds this, m/s.</summary>
    public double LaneChangeStartMps { get; init; } = 0.25;

    /// <summary>
    /// Robustness variant: the lane-change peak a_lat as a detector smoothing a_lat with this time constant would
    /// see it (docs/habits.md computes the raw 2πW/T² but also says a_lat is smoothed with τ = 0.3 s).
    /// </summary>
    public double LaneChangeLateralSmoothingSeconds { get; init; }

    /// <summary>Robustness variant: the stop's braking phase starts where speed last crossed 1.1 × the stop-from speed.</summary>
    public bool StopPhaseFromCrossing { get; init; }

    /// <summary>Shift of every lights window boundary, game minutes (robustness variant).</summary>
    public int LightsWindowShiftMinutes { get; init; }

    public static OracleSettings Default { get; } = new(HabitOptions.Default);
}
