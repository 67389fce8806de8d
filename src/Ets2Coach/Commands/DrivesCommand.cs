using System.CommandLine;
using System.Globalization;
using Ets2Coach.History;

namespace Ets2Coach.Commands;

/// <summary>
/// <c>ets2coach drives list|show|delete|rescore [--db PATH]</c>: the drive history. Every subcommand
/// has <c>--json</c>; a bad argument, an unknown id or an unusable database gives one line on stderr
/// and the exit code in <see cref="DrivesExitCodes"/>. No subcommand creates a database that does
/// not exist yet: an absent history simply has no drives.
/// </summary>
internal static partial class DrivesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = $"The drive history database. Default: {DataFolder.HistoryFileName} in the data folder ({DataFolder.OverrideVariable} moves the folder).",
            HelpName = "PATH",
            DefaultValueFactory = _ => DataFolder.HistoryDatabasePath(),
            Recursive = true,
        };
        db.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError("--db must be the path of a database file.");
            }
        });

        var command = new Command("drives", "Your drive history: list, show, delete and re-score the drives the coach has scored.") { db };
        command.Subcommands.Add(CreateList(db));
        command.Subcommands.Add(CreateShow(db));
        command.Subcommands.Add(CreateDelete(db));
        command.Subcommands.Add(CreateRescore(db));
        return command;
    }

    private static Option<bool> JsonOption(string description) => new("--json") { Description = description };

    private static Argument<long> IdArgument() => new("ID")
    {
        Description = "The drive's id, as 'ets2coach drives list' shows it.",
        CustomParser = r =>
        {
            if (r.Tokens.Count == 1 && long.TryParse(r.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= 1)
            {
                return id;
            }

            r.AddError("ID must be a drive id (a whole number from 1), as 'ets2coach drives list' shows it.");
            return 0;
        },
    };

    /// <summary>Opens the history at <paramref name="path"/> if the file exists (null when it does not).</summary>
    /// <returns><see cref="DrivesExitCodes.Success"/>, or <see cref="DrivesExitCodes.DatabaseUnusable"/> after writing why.</returns>
    private static int OpenExisting(string path, TextWriter error, out DriveHistory? history)
    {
        history = null;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return DrivesExitCodes.Success;
        }

        if (!DriveHistory.TryOpen(path, out history, out var failure))
        {
            error.WriteLine(failure.Message);
            return DrivesExitCodes.DatabaseUnusable;
        }

        return DrivesExitCodes.Success;
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static int NoSuchDrive(long id, string path, TextWriter error)
    {
        error.WriteLine(DrivesText.Invariant($"No drive {id} in {path}: 'ets2coach drives list' shows the ids."));
        return DrivesExitCodes.UnknownDrive;
    }
}
