namespace Ets2Coach.GameHost.Sdk;

/// <summary>The game ids the SDK reports in <c>common.game_id</c>.</summary>
public static class ScsGameId
{
    /// <summary>Euro Truck Simulator 2 (<c>SCS_GAME_ID_EUT2</c>).</summary>
    public const string Ets2 = "eut2";

    /// <summary>American Truck Simulator (<c>SCS_GAME_ID_ATS</c>).</summary>
    public const string Ats = "ats";
}
