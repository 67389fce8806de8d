namespace Ets2Coach.Telemetry;

/// <summary>
/// One bit per telemetry channel the plugin registers (<c>e2c_channel</c> in
/// <c>native/include/ets2coach/e2c_layout.h</c>). A bit is set in
/// <see cref="TelemetryFrame.ChannelsPresent"/> while that channel's value is valid;
/// a clear bit means the game does not offer the channel or has no value now, never zero.
/// </summary>
[Flags]
#pragma warning disable CA1711 // "Channels" is the domain word, not a collection suffix.
public enum TelemetryChannels : ulong
#pragma warning restore CA1711
{
    /// <summary>No channel.</summary>
    None = 0,
    /// <summary><c>truck.world.placement</c>.</summary>
    WorldPlacement = 1UL << 0,
    /// <summary><c>truck.local.velocity.linear</c>.</summary>
    LocalVelocity = 1UL << 1,
    /// <summary><c>truck.local.velocity.angular</c>.</summary>
    LocalAngularVelocity = 1UL << 2,
    /// <summary><c>truck.local.acceleration.linear</c>.</summary>
    LocalAcceleration = 1UL << 3,
    /// <summary><c>truck.local.acceleration.angular</c>.</summary>
    LocalAngularAcceleration = 1UL << 4,
    /// <summary><c>truck.speed</c>.</summary>
    Speed = 1UL << 5,
    /// <summary><c>truck.input.steering</c>.</summary>
    InputSteering = 1UL << 6,
    /// <summary><c>truck.input.throttle</c>.</summary>
    InputThrottle = 1UL << 7,
    /// <summary><c>truck.input.brake</c>.</summary>
    InputBrake = 1UL << 8,
    /// <summary><c>truck.input.clutch</c>.</summary>
    InputClutch = 1UL << 9,
    /// <summary><c>truck.effective.steering</c>.</summary>
    EffectiveSteering = 1UL << 10,
    /// <summary><c>truck.effective.throttle</c>.</summary>
    EffectiveThrottle = 1UL << 11,
    /// <summary><c>truck.effective.brake</c>.</summary>
    EffectiveBrake = 1UL << 12,
    /// <summary><c>truck.effective.clutch</c>.</summary>
    EffectiveClutch = 1UL << 13,
    /// <summary><c>truck.cruise_control</c>.</summary>
    CruiseControl = 1UL << 14,
    /// <summary><c>truck.engine.rpm</c>.</summary>
    EngineRpm = 1UL << 15,
    /// <summary><c>truck.engine.gear</c>.</summary>
    EngineGear = 1UL << 16,
    /// <summary><c>truck.displayed.gear</c>.</summary>
    DisplayedGear = 1UL << 17,
    /// <summary><c>truck.brake.retarder</c>.</summary>
    Retarder = 1UL << 18,
    /// <summary><c>truck.light.aux.front</c>.</summary>
    AuxFront = 1UL << 19,
    /// <summary><c>truck.light.aux.roof</c>.</summary>
    AuxRoof = 1UL << 20,
    /// <summary><c>game.time</c>.</summary>
    GameTime = 1UL << 21,
    /// <summary><c>rest.stop</c>.</summary>
    RestStop = 1UL << 22,
    /// <summary><c>multiplayer.time.offset</c>.</summary>
    MultiplayerTimeOffset = 1UL << 23,
    /// <summary><c>local.scale</c>.</summary>
    LocalScale = 1UL << 24,
    /// <summary><c>truck.navigation.distance</c>.</summary>
    NavigationDistance = 1UL << 25,
    /// <summary><c>truck.navigation.time</c>.</summary>
    NavigationTime = 1UL << 26,
    /// <summary><c>truck.navigation.speed.limit</c>.</summary>
    NavigationSpeedLimit = 1UL << 27,
    /// <summary><c>truck.wear.engine</c>.</summary>
    WearEngine = 1UL << 28,
    /// <summary><c>truck.wear.transmission</c>.</summary>
    WearTransmission = 1UL << 29,
    /// <summary><c>truck.wear.cabin</c>.</summary>
    WearCabin = 1UL << 30,
    /// <summary><c>truck.wear.chassis</c>.</summary>
    WearChassis = 1UL << 31,
    /// <summary><c>truck.wear.wheels</c>.</summary>
    WearWheels = 1UL << 32,
    /// <summary><c>truck.odometer</c>.</summary>
    Odometer = 1UL << 33,
    /// <summary><c>truck.fuel.amount</c>.</summary>
    FuelAmount = 1UL << 34,
    /// <summary><c>truck.fuel.range</c>.</summary>
    FuelRange = 1UL << 35,
    /// <summary><c>job.cargo.damage</c>.</summary>
    CargoDamage = 1UL << 36,
    /// <summary><c>trailer.0.wear.chassis</c>.</summary>
    TrailerWearChassis = 1UL << 37,
    /// <summary><c>trailer.0.world.placement</c>.</summary>
    TrailerPlacement = 1UL << 38,
    /// <summary><c>truck.lblinker</c> (logical state).</summary>
    LeftBlinker = 1UL << 39,
    /// <summary><c>truck.rblinker</c> (logical state).</summary>
    RightBlinker = 1UL << 40,
    /// <summary><c>truck.light.lblinker</c> (lamp lit now).</summary>
    LeftBlinkerLamp = 1UL << 41,
    /// <summary><c>truck.light.rblinker</c> (lamp lit now).</summary>
    RightBlinkerLamp = 1UL << 42,
    /// <summary><c>truck.hazard.warning</c>.</summary>
    Hazard = 1UL << 43,
    /// <summary><c>truck.light.parking</c>.</summary>
    ParkingLights = 1UL << 44,
    /// <summary><c>truck.light.beam.low</c>.</summary>
    LowBeam = 1UL << 45,
    /// <summary><c>truck.light.beam.high</c>.</summary>
    HighBeam = 1UL << 46,
    /// <summary><c>truck.light.beacon</c>.</summary>
    Beacon = 1UL << 47,
    /// <summary><c>truck.light.brake</c>.</summary>
    BrakeLights = 1UL << 48,
    /// <summary><c>truck.light.reverse</c>.</summary>
    ReverseLights = 1UL << 49,
    /// <summary><c>truck.wipers</c>.</summary>
    Wipers = 1UL << 50,
    /// <summary><c>truck.brake.parking</c>.</summary>
    ParkingBrake = 1UL << 51,
    /// <summary><c>truck.brake.motor</c>.</summary>
    MotorBrake = 1UL << 52,
    /// <summary><c>trailer.0.connected</c>.</summary>
    TrailerConnected = 1UL << 53,
    /// <summary><c>truck.engine.enabled</c>.</summary>
    EngineEnabled = 1UL << 54,
    /// <summary><c>truck.electric.enabled</c>.</summary>
    ElectricEnabled = 1UL << 55,
    /// <summary>Every channel the plugin registers.</summary>
    All = (1UL << 56) - 1,
}
