using System.CommandLine;
using Ets2Coach.Commands;

namespace Ets2Coach;

/// <summary>Entry point of the <c>ets2coach</c> command line.</summary>
internal static class Program
{
    // Every command builds itself in Commands/<Name>Command.cs; register it here.
    private static readonly Func<Command>[] s_commands =
    [
        TelemetryCommand.Create,
        DemoCommand.Create,
        ReplayCommand.Create,
        ImportCommand.Create,
        DrivesCommand.Create,
    ];

    // Ctrl-C cancels the running command, which then stops what it runs (the stand-in game),
    // finishes its recording and prints the report of what was driven: give it time to.
    private static Task<int> Main(string[] args) =>
        BuildRootCommand().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });

    /// <summary>The root command with every subcommand (tests parse and invoke it too).</summary>
    internal static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("Ets2Coach: a driving coach for Euro Truck Simulator 2 and American Truck Simulator.");
        foreach (var create in s_commands)
        {
            root.Subcommands.Add(create());
        }

        return root;
    }
}
