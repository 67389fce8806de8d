namespace Ets2Coach.Recording.Import;

/// <summary>What <see cref="CsvDriveImporter"/> does with a row it cannot use (a non-number, time going backwards).</summary>
public enum CsvBadRowPolicy
{
    /// <summary>Skip the row and add a warning naming its line (default).</summary>
    Skip,

    /// <summary>Stop the import with an error naming the line; no drive file is kept.</summary>
    Fail,
}
