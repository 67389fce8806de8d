namespace Ets2Coach.Commands;

/// <summary>Exit codes of <c>ets2coach drives …</c> (listed in each subcommand's help).</summary>
internal static class DrivesExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = ExitCodes.Success;

    /// <summary>The arguments did not parse (System.CommandLine's own code).</summary>
    public const int ParseError = ExitCodes.ParseError;

    /// <summary>No drive has the given id.</summary>
    public const int UnknownDrive = 2;

    /// <summary>The history database cannot be used: damaged, newer, not a history, locked or unreadable.</summary>
    public const int DatabaseUnusable = 3;

    /// <summary><c>rescore</c>: some drive files were missing, unreadable or damaged (those drives kept their scores).</summary>
    public const int SomeFilesUnusable = 4;

    /// <summary><c>rescore</c> was stopped with Ctrl-C (drives done by then keep their new scores).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit codes of <c>list</c>, for its help.</summary>
    public const string ListHelp = "Exit codes: 0 done, 1 bad arguments, 3 history database unusable (damaged, newer, locked or unreadable).";

    /// <summary>The exit codes of <c>show</c> and <c>delete</c>, for their help.</summary>
    public const string IdHelp = "Exit codes: 0 done, 1 bad arguments, 2 no drive with that id, 3 history database unusable (damaged, newer, locked or unreadable).";

    /// <summary>The exit codes of <c>rescore</c>, for its help.</summary>
    public const string RescoreHelp = "Exit codes: 0 done, 1 bad arguments, 3 history database unusable, 4 some drive files missing, unreadable or damaged (those drives keep their scores), 130 stopped with Ctrl-C.";
}
