namespace Ets2Coach.Habits;

/// <summary>A detector the engine switched off because it failed; the others went on.</summary>
/// <param name="Name">The detector, e.g. "LaneChange".</param>
/// <param name="Reason">One line: what went wrong.</param>
/// <param name="AtSeconds">Simulation time when it failed.</param>
public sealed record DisabledDetector(string Name, string Reason, double AtSeconds);
