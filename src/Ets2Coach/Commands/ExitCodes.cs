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

    /// <summary>The shared-memory block exists but is unusable (bad header, writer error).</summary>
    public const int Faulted = 3;
}
