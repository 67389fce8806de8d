namespace Ets2Coach.Telemetry;

/// <summary>The game's fine offences (<c>fine.offence</c>, <c>e2c_offence</c>).</summary>
public enum Offence : uint
{
    /// <summary>An offence string this version does not know; see <see cref="TelemetryEvent.OffenceName"/>.</summary>
    Unknown = 0,
    /// <summary><c>crash</c>.</summary>
    Crash = 1,
    /// <summary><c>avoid_sleeping</c>.</summary>
    AvoidSleeping = 2,
    /// <summary><c>wrong_way</c>.</summary>
    WrongWay = 3,
    /// <summary><c>speeding_camera</c>.</summary>
    SpeedingCamera = 4,
    /// <summary><c>no_lights</c>.</summary>
    NoLights = 5,
    /// <summary><c>red_signal</c>.</summary>
    RedSignal = 6,
    /// <summary><c>speeding</c>.</summary>
    Speeding = 7,
    /// <summary><c>avoid_weighing</c>.</summary>
    AvoidWeighing = 8,
    /// <summary><c>illegal_trailer</c>.</summary>
    IllegalTrailer = 9,
    /// <summary><c>avoid_inspection</c>.</summary>
    AvoidInspection = 10,
    /// <summary><c>illegal_border_crossing</c>.</summary>
    IllegalBorderCrossing = 11,
    /// <summary><c>hard_shoulder_violation</c>.</summary>
    HardShoulderViolation = 12,
    /// <summary><c>damaged_vehicle_usage</c>.</summary>
    DamagedVehicleUsage = 13,
    /// <summary><c>generic</c>.</summary>
    Generic = 14,
}
