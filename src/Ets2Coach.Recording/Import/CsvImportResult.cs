namespace Ets2Coach.Recording.Import;

/// <summary>What a CSV import did.</summary>
public sealed record CsvImportResult
{
    /// <summary>True when a drive file was written.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A one-line reason when the import failed (no drive file is kept then).</summary>
    public string? Error { get; init; }

    /// <summary>Data rows read (header excluded).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows skipped as bad (each has a warning).</summary>
    public long RowsSkipped { get; init; }

    /// <summary>Frames written.</summary>
    public long FramesWritten { get; init; }

    /// <summary>Header names used, as "header → column".</summary>
    public IReadOnlyList<string> MappedColumns { get; init; } = [];

    /// <summary>Header names not recognised (their data is not imported).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>One line per problem, naming its line (the first 100; <see cref="RowsSkipped"/> counts all).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
