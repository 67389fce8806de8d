namespace Ets2Coach.Simulator;

/// <summary>One executed manoeuvre or injected fault of a simulated drive, with the findings it must cause.</summary>
/// <param name="Id">Unique within the drive.</param>
/// <param name="Kind">What it is.</param>
/// <param name="StartSeconds">Start, simulation seconds.</param>
/// <param name="EndSeconds">End, simulation seconds.</param>
/// <param name="Description">Human-readable parameters, e.g. "lane change left, T=3.0 s, signal lead 1.8 s".</param>
/// <param name="ExpectedFindings">The findings docs/habits.md says it must produce; empty for a clean manoeuvre.</param>
public sealed record ManoeuvreRecord(int Id, ManoeuvreKind Kind, double StartSeconds, double EndSeconds, string Description, IReadOnlyList<ExpectedFinding> ExpectedFindings);
