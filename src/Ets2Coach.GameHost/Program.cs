namespace Ets2Coach.GameHost;

/// <summary>Entry point of the stand-in game process; the host itself is built in this project (issue #2).</summary>
internal static class GameHostProgram
{
    private static int Main() => 0;
}
