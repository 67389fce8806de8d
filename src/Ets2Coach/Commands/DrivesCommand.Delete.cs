using System.CommandLine;
using Ets2Coach.History;

namespace Ets2Coach.Commands;

/// <summary><c>drives delete ID [--keep-file] [--json]</c>.</summary>
internal static partial class DrivesCommand
{
    private static Command CreateDelete(Option<string> db)
    {
        var id = IdArgument();
        var keepFile = new Option<bool>("--keep-file") { Description = "Keep the drive's recorded file (by default it is deleted with the drive)." };
        var json = JsonOption("Print {\"deleted\", \"file\", \"fileDeleted\", \"fileProblem\"} as one JSON object.");
        var command = new Command("delete", "Delete a drive with its findings and scores, and its drive file unless --keep-file. " + DrivesExitCodes.IdHelp) { id, keepFile, json };
        command.SetAction(parse => Delete(parse.GetValue(db)!, parse.GetValue(id), parse.GetValue(keepFile), parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Deletes drive <paramref name="id"/>; a drive file that cannot be deleted is a warning, not a failure.</summary>
    internal static int Delete(string path, long id, bool keepFile, bool json, TextWriter output, TextWriter error)
    {
        path = FullPath(path);
        var code = OpenExisting(path, error, out var history);
        if (code != DrivesExitCodes.Success)
        {
            return code;
        }

        using (history)
        {
            DriveDeletion deletion;
            try
            {
                deletion = history?.DeleteDrive(id, deleteFile: !keepFile) ?? new DriveDeletion(false, null, false, null);
            }
            catch (DriveHistoryException ex)
            {
                error.WriteLine(ex.Message);
                return DrivesExitCodes.DatabaseUnusable;
            }

            if (!deletion.Found)
            {
                return NoSuchDrive(id, path, error);
            }

            if (json)
            {
                output.WriteLine(DrivesJson.Render(w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("deleted", id);
                    if (deletion.FilePath is null)
                    {
                        w.WriteNull("file");
                    }
                    else
                    {
                        w.WriteString("file", deletion.FilePath);
                    }

                    w.WriteBoolean("fileDeleted", deletion.FileDeleted);
                    if (deletion.FileProblem is null)
                    {
                        w.WriteNull("fileProblem");
                    }
                    else
                    {
                        w.WriteString("fileProblem", deletion.FileProblem);
                    }

                    w.WriteEndObject();
                }));
            }
            else
            {
                output.WriteLine(
                    deletion.FilePath is null ? DrivesText.Invariant($"Deleted drive {id} (it had no drive file).")
                    : deletion.FileDeleted ? DrivesText.Invariant($"Deleted drive {id} and its drive file {deletion.FilePath}.")
                    : keepFile ? DrivesText.Invariant($"Deleted drive {id}; kept its drive file {deletion.FilePath}.")
                    : DrivesText.Invariant($"Deleted drive {id}."));
            }

            if (deletion.FileProblem is not null)
            {
                error.WriteLine($"warning: {deletion.FileProblem}");
            }

            return DrivesExitCodes.Success;
        }
    }
}
