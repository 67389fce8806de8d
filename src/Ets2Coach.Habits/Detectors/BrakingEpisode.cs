namespace Ets2Coach.Habits.Detectors;

/// <summary>A reported hard-braking episode, published for the following-distance proxy.</summary>
internal readonly record struct BrakingEpisode(double StartSeconds, double EndSeconds, double PeakMps2, double XMetres, double ZMetres, double DistanceM, bool HasPlacement);
