using Ets2Coach.GameHost.Logging;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Tests.Support;

/// <summary>Creates game sides for rule tests (and resets the probe).</summary>
internal static class GameSides
{
    public static GameSide Create(GameLog log, string gameId = ScsGameId.Ets2, uint? schema = null, uint api = ScsVersions.TelemetryApi101, params string[] refused)
    {
        PluginProbe.Reset();
        var side = new GameSide(log, gameId, "Test Game", schema ?? (gameId == ScsGameId.Ats ? ScsVersions.AtsSchema105 : ScsVersions.Ets2Schema118), refused)
        {
            ApiVersion = api,
        };
        return side;
    }
}
