using System.Runtime.CompilerServices;
using Ets2Coach.History;

namespace Ets2Coach.Cli.Tests.Support;

/// <summary>
/// Points the app's data folder (drive files, history database) at a temporary folder for the whole
/// test run, so no test writes into the developer's real drive history.
/// </summary>
internal static class TestDataFolder
{
    [ModuleInitializer]
    internal static void Initialize() =>
        Environment.SetEnvironmentVariable(DataFolder.OverrideVariable, Path.Combine(Path.GetTempPath(), $"e2c-cli-tests-{Environment.ProcessId}"));
}
