namespace Ets2Coach.History;

/// <summary>How a simulated drive was made, so it can be told apart from a real one and made again.</summary>
/// <param name="Profile">The simulator's driver profile name (careful, average, reckless, …).</param>
/// <param name="Seed">The simulator's seed.</param>
public sealed record SimulationInfo(string Profile, int Seed);
