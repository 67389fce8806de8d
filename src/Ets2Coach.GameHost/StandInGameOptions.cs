using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost;

/// <summary>How the stand-in game presents itself to the plugin.</summary>
public sealed record StandInGameOptions
{
    /// <summary>The game id: <see cref="ScsGameId.Ets2"/> (default) or <see cref="ScsGameId.Ats"/>.</summary>
    public string GameId { get; init; } = ScsGameId.Ets2;

    /// <summary>The display name in <c>common.game_name</c>; null picks the game's usual name.</summary>
    public string? GameName { get; init; }

    /// <summary>
    /// The telemetry schema in <c>common.game_version</c>; null picks the newest known (ETS2 1.18,
    /// ATS 1.05). Channels newer than the schema are refused with <c>not_found</c>, like an older game.
    /// </summary>
    public uint? GameSchemaVersion { get; init; }

    /// <summary>
    /// The telemetry API versions offered to <c>scs_telemetry_init</c>, highest first: the game
    /// retries with the next one while the plugin answers <c>unsupported</c>. Default 1.01 then 1.00;
    /// an older game offers only 1.00.
    /// </summary>
    public IReadOnlyList<uint> OfferedApiVersions { get; init; } = [ScsVersions.TelemetryApi101, ScsVersions.TelemetryApi100];

    /// <summary>
    /// Channel names the game answers <c>not_found</c> for, as an older schema would. A base
    /// <c>trailer.*</c> name also refuses its numbered <c>trailer.&lt;n&gt;.*</c> forms.
    /// </summary>
    public IReadOnlyCollection<string> RefusedChannels { get; init; } = [];

    /// <summary>Sets <c>ETS2COACH_SHM_NAME</c> for the plugin before each init; null leaves the environment alone.</summary>
    public string? SharedMemoryName { get; init; }

    /// <summary>Sets <c>ETS2COACH_FRAME_CAPACITY</c> before each init; null leaves the environment alone.</summary>
    public int? FrameCapacity { get; init; }

    /// <summary>Sets <c>ETS2COACH_EVENT_CAPACITY</c> before each init; null leaves the environment alone.</summary>
    public int? EventCapacity { get; init; }

    /// <summary>Also writes the log to this file, in <c>game.log.txt</c> format.</summary>
    public string? LogFilePath { get; init; }

    /// <summary>Also echoes every log line here (e.g. standard error).</summary>
    public TextWriter? LogEcho { get; init; }

    /// <summary>The clock for log timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The display name actually sent.</summary>
    public string EffectiveGameName => GameName ?? (IsAts ? "American Truck Simulator" : "Euro Truck Simulator 2");

    /// <summary>The schema actually sent.</summary>
    public uint EffectiveSchemaVersion => GameSchemaVersion ?? (IsAts ? ScsVersions.AtsSchema105 : ScsVersions.Ets2Schema118);

    private bool IsAts => string.Equals(GameId, ScsGameId.Ats, StringComparison.Ordinal);

    /// <summary>Checks the options; returns a one-line reason when they are unusable.</summary>
    public string? Validate()
    {
        if (GameId is not (ScsGameId.Ets2 or ScsGameId.Ats))
        {
            return $"game id must be '{ScsGameId.Ets2}' or '{ScsGameId.Ats}', not '{GameId}'";
        }

        if (OfferedApiVersions is null || OfferedApiVersions.Count == 0)
        {
            return "at least one telemetry API version must be offered";
        }

        if (FrameCapacity is <= 0 || EventCapacity is <= 0)
        {
            return "ring capacities must be positive";
        }

        return SharedMemoryName is { Length: 0 } ? "the shared-memory name must not be empty" : null;
    }
}
