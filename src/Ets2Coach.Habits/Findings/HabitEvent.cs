using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits;

/// <summary>
/// One finding: what habit, how bad, when and where, the measured value against its threshold,
/// the TruckersMP rule it protects and one line of advice. Times are on the game's simulation
/// clock (<see cref="TelemetryFrame.PausedSimulationTimeUs"/> in seconds), so a replay gives the same times.
/// </summary>
public sealed record HabitEvent
{
    /// <summary>What was found.</summary>
    public required HabitKind Kind { get; init; }

    /// <summary>How bad it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Start of the episode, simulation seconds.</summary>
    public required double StartSeconds { get; init; }

    /// <summary>End of the episode, simulation seconds (equal to the start for instants).</summary>
    public required double EndSeconds { get; init; }

    /// <summary>Where it started.</summary>
    public WorldPosition Position { get; init; }

    /// <summary>Speed at the start, m/s.</summary>
    public float SpeedMps { get; init; }

    /// <summary>The measured value that decided the finding (see <see cref="Unit"/>).</summary>
    public double MeasuredValue { get; init; }

    /// <summary>The threshold it was compared with, in the same unit.</summary>
    public double Threshold { get; init; }

    /// <summary>Unit of <see cref="MeasuredValue"/> and <see cref="Threshold"/>, e.g. "m/s²", "s", "km/h".</summary>
    public string Unit { get; init; } = "";

    /// <summary>Extra detail for the debrief, e.g. the offence name of a fine; may be empty.</summary>
    public string Detail { get; init; } = "";

    /// <summary>The scored habit this finding counts against.</summary>
    public HabitCategory Category => HabitCatalog.CategoryOf(Kind);

    /// <summary>The TruckersMP rule it protects.</summary>
    public TruckersMpRule Rule => HabitCatalog.RuleOf(Kind);

    /// <summary>One line of advice a player understands.</summary>
    public string Advice => HabitCatalog.AdviceFor(Kind);
}
