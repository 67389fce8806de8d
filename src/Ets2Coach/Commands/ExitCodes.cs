namespace Ets2Coach.Commands;

/// <summary>Process exit codes of the command line (documented in each command's help).</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The arguments did not parse (System.CommandLine's own code).</summary>
    public const int ParseError = 1;

    /// <summary>No game with the plugin published anything within the timeout.</summary>
    public const int NoGame = 2;

    /// <summary><c>replay</c>, <c>import</c>: the file is missing, unreadable, or not a drive (or CSV) file.</summary>
    public const int BadInput = 2;

    /// <summary>The shared-memory block exists but is unusable (bad header, writer error).</summary>
    public const int Faulted = 3;

    /// <summary><c>demo</c>: the stand-in game could not run (plugin or host missing, host failed).</summary>
    public const int GameFailed = 4;

    /// <summary>Stopped with Ctrl-C (128 + SIGINT); what was driven is still reported and kept.</summary>
    public const int Interrupted = 130;
}
