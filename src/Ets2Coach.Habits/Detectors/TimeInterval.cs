namespace Ets2Coach.Habits.Detectors;

/// <summary>An interval of simulation time; <see cref="End"/> is +∞ while still open.</summary>
internal readonly record struct TimeInterval(double Start, double End)
{
    public bool Overlaps(double from, double to) => Start <= to && End >= from;
}
