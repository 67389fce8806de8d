namespace Ets2Coach.Simulator;

/// <summary>How much sensor noise the simulated telemetry carries (positions stay exact, as in ETS2).</summary>
public enum NoiseLevel
{
    /// <summary>Exact values.</summary>
    None = 0,
    /// <summary>Small noise: σ 0.03 m/s² on accelerations, 0.02 m/s on velocities, 0.002 on steering.</summary>
    Low = 1,
    /// <summary>Larger noise: σ 0.10 m/s² on accelerations, 0.05 m/s on velocities, 0.006 on steering.</summary>
    High = 2,
}
