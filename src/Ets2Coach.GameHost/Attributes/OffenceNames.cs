using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Attributes;

/// <summary>The game's <c>fine.offence</c> strings (SDK 1.14).</summary>
internal static class OffenceNames
{
    /// <summary>The offence string, or empty for <see cref="Offence.Unknown"/>.</summary>
    public static ReadOnlySpan<byte> Utf8(Offence offence) => offence switch
    {
        Offence.Crash => "crash"u8,
        Offence.AvoidSleeping => "avoid_sleeping"u8,
        Offence.WrongWay => "wrong_way"u8,
        Offence.SpeedingCamera => "speeding_camera"u8,
        Offence.NoLights => "no_lights"u8,
        Offence.RedSignal => "red_signal"u8,
        Offence.Speeding => "speeding"u8,
        Offence.AvoidWeighing => "avoid_weighing"u8,
        Offence.IllegalTrailer => "illegal_trailer"u8,
        Offence.AvoidInspection => "avoid_inspection"u8,
        Offence.IllegalBorderCrossing => "illegal_border_crossing"u8,
        Offence.HardShoulderViolation => "hard_shoulder_violation"u8,
        Offence.DamagedVehicleUsage => "damaged_vehicle_usage"u8,
        Offence.Generic => "generic"u8,
        _ => [],
    };

    private static readonly string[] s_names = BuildNames();

    /// <summary>The offence string as a .NET string (cached: no allocation).</summary>
    public static string Of(Offence offence) => (uint)offence < (uint)s_names.Length ? s_names[(int)offence] : string.Empty;

    private static string[] BuildNames()
    {
        var names = new string[(int)Offence.Generic + 1];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = System.Text.Encoding.UTF8.GetString(Utf8((Offence)i));
        }

        return names;
    }
}
