namespace Ets2Coach;

/// <summary>Entry point of the ets2coach command line; commands arrive with issues #2-#4.</summary>
internal static class Program
{
    private static int Main() => 0;
}
