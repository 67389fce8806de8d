namespace Ets2Coach.History;

/// <summary>What <see cref="DriveHistory.DeleteDrive"/> did.</summary>
/// <param name="Found">False when no drive had the id (nothing was deleted).</param>
/// <param name="FilePath">The drive's file, when it had one.</param>
/// <param name="FileDeleted">True when the drive file was deleted.</param>
/// <param name="FileProblem">One line saying why a file that was to be deleted still exists or was not there; null otherwise.</param>
public sealed record DriveDeletion(bool Found, string? FilePath, bool FileDeleted, string? FileProblem);
