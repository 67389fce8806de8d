namespace Ets2Coach.Recording.Import;

/// <summary>How a CSV drive is imported.</summary>
public sealed record CsvImportOptions
{
    /// <summary>Skip bad rows with a warning (default) or fail.</summary>
    public CsvBadRowPolicy BadRows { get; init; } = CsvBadRowPolicy.Skip;

    /// <summary>
    /// Null (default): one frame per row, at the row's time. A rate (1 … 1000 Hz): frames at that fixed
    /// rate, each holding the latest row at or before its time (sample and hold: nothing is interpolated).
    /// </summary>
    public double? FrameRateHz { get; init; }

    /// <summary>Field separator: <c>,</c> (default), <c>;</c> or a tab.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Game id written into the header: <c>eut2</c>, <c>ats</c> or <c>unknown</c> (default).</summary>
    public string GameId { get; init; } = "unknown";

    /// <summary>Extra header names mapped onto the documented column names, e.g. <c>"Speed" → "speed_kmh"</c>.</summary>
    public IReadOnlyDictionary<string, string> ColumnAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Replace an existing output file.</summary>
    public bool Overwrite { get; init; }

    /// <summary>A one-line description of the first invalid option, or null.</summary>
    public string? Validate() =>
        FrameRateHz is { } hz && !(hz is >= 1 and <= 1000) ? $"FrameRateHz must be between 1 and 1000; it is {hz}"
        : Delimiter is not (',' or ';' or '\t') ? "Delimiter must be ',', ';' or a tab"
        : string.IsNullOrWhiteSpace(GameId) || ColumnAliases is null ? "GameId and ColumnAliases must be set"
        : null;
}
