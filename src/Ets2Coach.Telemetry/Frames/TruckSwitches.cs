namespace Ets2Coach.Telemetry;

/// <summary>
/// Values of the boolean channels, one bit each (<c>E2C_SWITCH_BIT</c>): the bit of switch
/// <c>k</c> belongs to channel bit <c>39 + k</c> of <see cref="TelemetryChannels"/>.
/// Check <see cref="TelemetryFrame.ChannelsPresent"/> before trusting a clear bit.
/// </summary>
[Flags]
public enum TruckSwitches : uint
{
    /// <summary>Nothing on.</summary>
    None = 0,
    /// <summary>Left indicator switched on (logical, stays on between flashes).</summary>
    LeftBlinker = 1u << 0,
    /// <summary>Right indicator switched on (logical).</summary>
    RightBlinker = 1u << 1,
    /// <summary>Left indicator lamp lit at this instant.</summary>
    LeftBlinkerLamp = 1u << 2,
    /// <summary>Right indicator lamp lit at this instant.</summary>
    RightBlinkerLamp = 1u << 3,
    /// <summary>Hazard warning switch on.</summary>
    Hazard = 1u << 4,
    /// <summary>Parking (position) lights on.</summary>
    ParkingLights = 1u << 5,
    /// <summary>Low beam on.</summary>
    LowBeam = 1u << 6,
    /// <summary>High beam on.</summary>
    HighBeam = 1u << 7,
    /// <summary>Beacon on.</summary>
    Beacon = 1u << 8,
    /// <summary>Brake lights lit.</summary>
    BrakeLights = 1u << 9,
    /// <summary>Reverse lights lit.</summary>
    ReverseLights = 1u << 10,
    /// <summary>Wipers on.</summary>
    Wipers = 1u << 11,
    /// <summary>Parking brake engaged.</summary>
    ParkingBrake = 1u << 12,
    /// <summary>Engine (motor) brake engaged.</summary>
    MotorBrake = 1u << 13,
    /// <summary>Trailer 0 coupled.</summary>
    TrailerConnected = 1u << 14,
    /// <summary>Engine running.</summary>
    EngineEnabled = 1u << 15,
    /// <summary>Electrics on.</summary>
    ElectricEnabled = 1u << 16,
}
