namespace Ets2Coach.History;

/// <summary>Which drives <see cref="DriveHistory.ListDrives"/> returns: filters and a page, newest first.</summary>
public sealed record DriveQuery
{
    /// <summary>The most drives one page may hold.</summary>
    public const int MaxLimit = 100_000;

    /// <summary>Drives per page, 1 … <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Drives to skip before the page (0 or more).</summary>
    public int Offset { get; init; }

    /// <summary>Only drives of this game (<c>eut2</c>, <c>ats</c>, …), or any when null.</summary>
    public string? GameId { get; init; }

    /// <summary>Only drives started at or after this moment, when set.</summary>
    public DateTimeOffset? StartedFrom { get; init; }

    /// <summary>Only drives started before this moment, when set.</summary>
    public DateTimeOffset? StartedBefore { get; init; }

    /// <summary>Only simulated (true) or only real (false) drives, or both when null.</summary>
    public bool? Simulated { get; init; }

    /// <summary>A one-line description of the first invalid member, or null.</summary>
    public string? Validate() =>
        Limit is < 1 or > MaxLimit ? $"Limit must be between 1 and {MaxLimit}; it is {Limit}"
        : Offset < 0 ? $"Offset must be 0 or more; it is {Offset}"
        : null;
}
