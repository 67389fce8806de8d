using Ets2Coach.Habits;

namespace Ets2Coach.Simulator;

/// <summary>A finding the simulated drive must produce, per docs/habits.md.</summary>
/// <param name="Kind">What the detectors must report.</param>
/// <param name="Severity">With which severity.</param>
/// <param name="StartSeconds">Span start, simulation seconds (the detectors' clock).</param>
/// <param name="EndSeconds">Span end, simulation seconds.</param>
/// <param name="ManoeuvreId">The manoeuvre or injected fault that causes it.</param>
public sealed record ExpectedFinding(HabitKind Kind, Severity Severity, double StartSeconds, double EndSeconds, int ManoeuvreId);
