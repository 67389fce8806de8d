using Ets2Coach.Simulator;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>How the host process plays a simulated practice drive (<c>--scenario drive</c>).</summary>
internal sealed record DriveScenarioOptions
{
    /// <summary>The drive: seed, profile, rate, length, noise.</summary>
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>
    /// Simulated seconds per wall-clock second: 15 plays a 15-minute drive in a minute, 1 in real
    /// time; 0 plays as fast as possible (no waiting at all).
    /// </summary>
    public double Speedup { get; init; } = 1;

    /// <summary>Seconds to keep the plugin loaded (shared memory alive) after the last frame.</summary>
    public double HoldAtEndSeconds { get; init; }

    /// <summary>A one-line reason when the options are unusable.</summary>
    public string? Validate()
    {
        if (!double.IsFinite(Speedup) || Speedup < 0)
        {
            return "--speedup must be 0 (as fast as possible) or a positive number";
        }

        if (HoldAtEndSeconds < 0 || double.IsNaN(HoldAtEndSeconds))
        {
            return "--hold-at-end must not be negative";
        }

        var problems = Simulation.Validate();
        return problems.Count > 0 ? string.Join(" ", problems) : null;
    }
}
