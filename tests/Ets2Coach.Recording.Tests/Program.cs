using Ets2Coach.Recording.Tests.Support;

namespace Ets2Coach.Recording.Tests;

/// <summary>
/// Entry point of the test assembly when started as a child process by the crash-safety tests
/// (<c>dotnet exec Ets2Coach.Recording.Tests.dll record &lt;file&gt; &lt;seed&gt;</c>). Under the test
/// runner this is never called.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 3 && args[0] == CrashChild.Command)
        {
            return await CrashChild.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        await Console.Error.WriteLineAsync("This is a test assembly; run it with dotnet test.");
        return 2;
    }
}
