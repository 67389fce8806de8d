namespace Ets2Coach.Habits;

/// <summary>One habit's part of a <see cref="DriveScore"/>.</summary>
/// <param name="Category">The habit.</param>
/// <param name="Findings">Findings counted against it (any severity).</param>
/// <param name="Points">Points: Info 0, Minor 1, Serious 5, Dangerous 15 per finding.</param>
/// <param name="PointsPer100Km">Points per 100 km of the normalisation distance.</param>
/// <param name="Score">Sub-score, 0–100: 100 − k × points per 100 km, floored at 0.</param>
/// <param name="WeightPercent">Its weight in the overall score.</param>
public sealed record HabitScore(HabitCategory Category, int Findings, int Points, double PointsPer100Km, double Score, double WeightPercent);
