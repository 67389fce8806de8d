namespace Ets2Coach.Simulator;

/// <summary>Everything a simulated drive did and every finding it must produce.</summary>
/// <param name="Manoeuvres">In time order.</param>
/// <param name="DistanceKm">Distance driven.</param>
/// <param name="DurationSeconds">Simulation seconds driven.</param>
public sealed record DriveGroundTruth(IReadOnlyList<ManoeuvreRecord> Manoeuvres, double DistanceKm, double DurationSeconds)
{
    /// <summary>All expected findings, in time order.</summary>
    public IReadOnlyList<ExpectedFinding> ExpectedFindings { get; } =
        Manoeuvres.SelectMany(m => m.ExpectedFindings).OrderBy(f => f.StartSeconds).ToArray();
}
