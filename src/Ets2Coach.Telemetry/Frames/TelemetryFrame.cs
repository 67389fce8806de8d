using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry;

/// <summary>
/// One physics frame exactly as the plugin publishes it at <c>frame_end</c>: a blittable mirror of
/// <c>e2c_frame</c> (312 bytes). Sizes and offsets are pinned by tests to
/// <c>docs/shared-memory-protocol.md</c>. A field whose channel bit is clear in
/// <see cref="ChannelsPresent"/> is unknown, not zero: use <see cref="Has"/> first.
/// </summary>
/// <remarks>
/// Vehicle ("local") space: +X right, +Y up, +Z backwards, so forward motion has a negative
/// <c>LocalVelocityMps.Z</c> and braking a positive <c>LocalAccelerationMps2.Z</c>. Angular
/// quantities are in turns (rotations), not radians.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public readonly struct TelemetryFrame : IEquatable<TelemetryFrame>
{
    /// <summary>Size of the frame in shared memory and on disk.</summary>
    public const int SizeInBytes = 312;

    /// <summary>1, 2, ... within one writer generation.</summary>
    [field: FieldOffset(0)] public ulong FrameNumber { get; init; }

    /// <summary>Physics time in microseconds (advances while paused).</summary>
    [field: FieldOffset(8)] public ulong SimulationTimeUs { get; init; }

    /// <summary>Render time in microseconds.</summary>
    [field: FieldOffset(16)] public ulong RenderTimeUs { get; init; }

    /// <summary>Physics time in microseconds that stops while paused: the coach's clock.</summary>
    [field: FieldOffset(24)] public ulong PausedSimulationTimeUs { get; init; }

    /// <summary>Number of events published before this frame (all events up to this number precede it).</summary>
    [field: FieldOffset(32)] public ulong EventsPublished { get; init; }

    /// <summary>Channels whose value in this frame is valid.</summary>
    [field: FieldOffset(40)] public TelemetryChannels ChannelsPresent { get; init; }

    /// <summary>Pause and timer-restart state.</summary>
    [field: FieldOffset(48)] public FrameState State { get; init; }

    /// <summary>Boolean channel values.</summary>
    [field: FieldOffset(52)] public TruckSwitches Switches { get; init; }

    /// <summary>Truck position in world space.</summary>
    [field: FieldOffset(56)] public WorldPosition Position { get; init; }

    /// <summary>Truck orientation in world space.</summary>
    [field: FieldOffset(80)] public Orientation Orientation { get; init; }

    /// <summary>Linear velocity in vehicle space, m/s (forward = -Z).</summary>
    [field: FieldOffset(92)] public Vector3 LocalVelocityMps { get; init; }

    /// <summary>Angular velocity in vehicle space, turns per second.</summary>
    [field: FieldOffset(104)] public Vector3 LocalAngularVelocityTurnsPerS { get; init; }

    /// <summary>Linear acceleration in vehicle space, m/s² (braking = +Z while moving forward).</summary>
    [field: FieldOffset(116)] public Vector3 LocalAccelerationMps2 { get; init; }

    /// <summary>Angular acceleration in vehicle space, turns per second squared.</summary>
    [field: FieldOffset(128)] public Vector3 LocalAngularAccelerationTurnsPerS2 { get; init; }

    /// <summary>Speedometer speed in m/s, negative when reversing.</summary>
    [field: FieldOffset(140)] public float SpeedMps { get; init; }

    /// <summary>Raw steering input, -1..1, left positive.</summary>
    [field: FieldOffset(144)] public float InputSteering { get; init; }

    /// <summary>Raw throttle input, 0..1.</summary>
    [field: FieldOffset(148)] public float InputThrottle { get; init; }

    /// <summary>Raw brake input, 0..1.</summary>
    [field: FieldOffset(152)] public float InputBrake { get; init; }

    /// <summary>Raw clutch input, 0..1.</summary>
    [field: FieldOffset(156)] public float InputClutch { get; init; }

    /// <summary>Steering the simulation uses, -1..1, left positive.</summary>
    [field: FieldOffset(160)] public float EffectiveSteering { get; init; }

    /// <summary>Throttle the simulation uses (includes cruise control), 0..1.</summary>
    [field: FieldOffset(164)] public float EffectiveThrottle { get; init; }

    /// <summary>Service brake the simulation uses (excludes retarder and engine brake), 0..1.</summary>
    [field: FieldOffset(168)] public float EffectiveBrake { get; init; }

    /// <summary>Clutch the simulation uses, 0..1.</summary>
    [field: FieldOffset(172)] public float EffectiveClutch { get; init; }

    /// <summary>Cruise-control set speed in m/s; 0 = off.</summary>
    [field: FieldOffset(176)] public float CruiseControlMps { get; init; }

    /// <summary>Engine speed, rpm.</summary>
    [field: FieldOffset(180)] public float EngineRpm { get; init; }

    /// <summary>Engaged gear: &gt;0 forward, 0 neutral, &lt;0 reverse.</summary>
    [field: FieldOffset(184)] public int EngineGear { get; init; }

    /// <summary>Gear shown on the dashboard.</summary>
    [field: FieldOffset(188)] public int DisplayedGear { get; init; }

    /// <summary>Retarder step; 0 = off.</summary>
    [field: FieldOffset(192)] public uint RetarderLevel { get; init; }

    /// <summary>Front auxiliary lights: 0 off, 1 dimmed, 2 full.</summary>
    [field: FieldOffset(196)] public uint AuxFront { get; init; }

    /// <summary>Roof auxiliary lights: 0 off, 1 dimmed, 2 full.</summary>
    [field: FieldOffset(200)] public uint AuxRoof { get; init; }

    /// <summary>In-game minutes since 00:00 of the first in-game day.</summary>
    [field: FieldOffset(204)] public uint GameTimeMinutes { get; init; }

    /// <summary>In-game minutes until the next mandatory rest.</summary>
    [field: FieldOffset(208)] public int RestStopMinutes { get; init; }

    /// <summary>Multiplayer server time minus local game time, in-game minutes.</summary>
    [field: FieldOffset(212)] public int MultiplayerTimeOffsetMinutes { get; init; }

    /// <summary>Game seconds per real second (map scale); absent on 1:1 maps.</summary>
    [field: FieldOffset(216)] public float LocalScale { get; init; }

    /// <summary>Route advisor distance to go, metres.</summary>
    [field: FieldOffset(220)] public float NavigationDistanceM { get; init; }

    /// <summary>Route advisor time to go, seconds.</summary>
    [field: FieldOffset(224)] public float NavigationTimeS { get; init; }

    /// <summary>Route advisor speed limit in m/s; 0 = none shown (treat as unknown).</summary>
    [field: FieldOffset(228)] public float NavigationSpeedLimitMps { get; init; }

    /// <summary>Engine wear, 0..1.</summary>
    [field: FieldOffset(232)] public float WearEngine { get; init; }

    /// <summary>Transmission wear, 0..1.</summary>
    [field: FieldOffset(236)] public float WearTransmission { get; init; }

    /// <summary>Cabin wear, 0..1.</summary>
    [field: FieldOffset(240)] public float WearCabin { get; init; }

    /// <summary>Chassis wear, 0..1.</summary>
    [field: FieldOffset(244)] public float WearChassis { get; init; }

    /// <summary>Average wheel wear, 0..1.</summary>
    [field: FieldOffset(248)] public float WearWheels { get; init; }

    /// <summary>Odometer, km (scaled distance).</summary>
    [field: FieldOffset(252)] public float OdometerKm { get; init; }

    /// <summary>Fuel in the tank, litres.</summary>
    [field: FieldOffset(256)] public float FuelAmountL { get; init; }

    /// <summary>Estimated range, km.</summary>
    [field: FieldOffset(260)] public float FuelRangeKm { get; init; }

    /// <summary>Cargo damage of the current job, 0..1.</summary>
    [field: FieldOffset(264)] public float CargoDamage { get; init; }

    /// <summary>Trailer 0 chassis wear, 0..1.</summary>
    [field: FieldOffset(268)] public float TrailerWearChassis { get; init; }

    /// <summary>Trailer 0 position in world space.</summary>
    [field: FieldOffset(272)] public WorldPosition TrailerPosition { get; init; }

    /// <summary>Trailer 0 orientation in world space.</summary>
    [field: FieldOffset(296)] public Orientation TrailerOrientation { get; init; }

    [FieldOffset(308)] private readonly uint _reserved;

    /// <summary>True when every channel in <paramref name="channels"/> has a valid value in this frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(TelemetryChannels channels) => (ChannelsPresent & channels) == channels;

    /// <summary>True when the switch is on and its channel is present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsOn(TruckSwitches @switch) => (Switches & @switch) == @switch;

    /// <summary>True when the game was paused at this frame.</summary>
    public bool IsPaused => (State & FrameState.Paused) != 0;

    /// <summary>Forward speed from the local velocity, m/s (positive forward).</summary>
    public float ForwardVelocityMps => -LocalVelocityMps.Z;

    /// <summary>Forward acceleration, m/s² (negative while braking forward).</summary>
    public float ForwardAccelerationMps2 => -LocalAccelerationMps2.Z;

    /// <summary>Compares all 312 bytes.</summary>
    public bool Equals(TelemetryFrame other) =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in this))
            .SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in other)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TelemetryFrame other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FrameNumber, SimulationTimeUs, Position);

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(TelemetryFrame left, TelemetryFrame right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(TelemetryFrame left, TelemetryFrame right) => !left.Equals(right);
}
