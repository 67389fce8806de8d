namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>
/// The two-process bridge tests run one at a time and after the parallel tests: each one starts a
/// game that may run flat out, and on a 2-core machine two of them at once would only measure
/// each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BridgeProcesses
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Bridge processes";
}
