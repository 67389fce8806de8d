using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Channels;

/// <summary>
/// Which <see cref="TelemetryFrame"/> field feeds which SDK channel: exactly the channels of
/// <c>e2c_channel</c> in <c>e2c_layout.h</c>, indexed by the enum's value (= the bit of
/// <see cref="TelemetryChannels"/>). Trailer channels are trailer 0 (<c>trailer.*</c> and
/// <c>trailer.0.*</c>).
/// </summary>
internal static unsafe class FrameChannelMap
{
    /// <summary>Number of channels (<c>E2C_CH_COUNT</c>).</summary>
    public const int Count = 56;

    /// <summary>First boolean channel (<c>E2C_CH_FIRST_SWITCH</c>): its value is a bit of <see cref="TelemetryFrame.Switches"/>.</summary>
    public const int FirstSwitch = 39;

    private static readonly (string Name, ScsValueType Type)[] s_channels =
    [
        ("truck.world.placement", ScsValueType.DPlacement),          // 0
        ("truck.local.velocity.linear", ScsValueType.FVector),       // 1
        ("truck.local.velocity.angular", ScsValueType.FVector),      // 2
        ("truck.local.acceleration.linear", ScsValueType.FVector),   // 3
        ("truck.local.acceleration.angular", ScsValueType.FVector),  // 4
        ("truck.speed", ScsValueType.Float),                         // 5
        ("truck.input.steering", ScsValueType.Float),                // 6
        ("truck.input.throttle", ScsValueType.Float),                // 7
        ("truck.input.brake", ScsValueType.Float),                   // 8
        ("truck.input.clutch", ScsValueType.Float),                  // 9
        ("truck.effective.steering", ScsValueType.Float),            // 10
        ("truck.effective.throttle", ScsValueType.Float),            // 11
        ("truck.effective.brake", ScsValueType.Float),               // 12
        ("truck.effective.clutch", ScsValueType.Float),              // 13
        ("truck.cruise_control", ScsValueType.Float),                // 14
        ("truck.engine.rpm", ScsValueType.Float),                    // 15
        ("truck.engine.gear", ScsValueType.S32),                     // 16
        ("truck.displayed.gear", ScsValueType.S32),                  // 17
        ("truck.brake.retarder", ScsValueType.U32),                  // 18
        ("truck.light.aux.front", ScsValueType.U32),                 // 19
        ("truck.light.aux.roof", ScsValueType.U32),                  // 20
        ("game.time", ScsValueType.U32),                             // 21
        ("rest.stop", ScsValueType.S32),                             // 22
        ("multiplayer.time.offset", ScsValueType.S32),               // 23
        ("local.scale", ScsValueType.Float),                         // 24
        ("truck.navigation.distance", ScsValueType.Float),           // 25
        ("truck.navigation.time", ScsValueType.Float),               // 26
        ("truck.navigation.speed.limit", ScsValueType.Float),        // 27
        ("truck.wear.engine", ScsValueType.Float),                   // 28
        ("truck.wear.transmission", ScsValueType.Float),             // 29
        ("truck.wear.cabin", ScsValueType.Float),                    // 30
        ("truck.wear.chassis", ScsValueType.Float),                  // 31
        ("truck.wear.wheels", ScsValueType.Float),                   // 32
        ("truck.odometer", ScsValueType.Float),                      // 33
        ("truck.fuel.amount", ScsValueType.Float),                   // 34
        ("truck.fuel.range", ScsValueType.Float),                    // 35
        ("job.cargo.damage", ScsValueType.Float),                    // 36
        ("trailer.wear.chassis", ScsValueType.Float),                // 37
        ("trailer.world.placement", ScsValueType.DPlacement),        // 38
        ("truck.lblinker", ScsValueType.Bool),                       // 39
        ("truck.rblinker", ScsValueType.Bool),                       // 40
        ("truck.light.lblinker", ScsValueType.Bool),                 // 41
        ("truck.light.rblinker", ScsValueType.Bool),                 // 42
        ("truck.hazard.warning", ScsValueType.Bool),                 // 43
        ("truck.light.parking", ScsValueType.Bool),                  // 44
        ("truck.light.beam.low", ScsValueType.Bool),                 // 45
        ("truck.light.beam.high", ScsValueType.Bool),                // 46
        ("truck.light.beacon", ScsValueType.Bool),                   // 47
        ("truck.light.brake", ScsValueType.Bool),                    // 48
        ("truck.light.reverse", ScsValueType.Bool),                  // 49
        ("truck.wipers", ScsValueType.Bool),                         // 50
        ("truck.brake.parking", ScsValueType.Bool),                  // 51
        ("truck.brake.motor", ScsValueType.Bool),                    // 52
        ("trailer.connected", ScsValueType.Bool),                    // 53
        ("truck.engine.enabled", ScsValueType.Bool),                 // 54
        ("truck.electric.enabled", ScsValueType.Bool),               // 55
    ];

    /// <summary>The SDK base name of channel <paramref name="channel"/>.</summary>
    public static string NameOf(int channel) => s_channels[channel].Name;

    /// <summary>The type the game provides for channel <paramref name="channel"/>.</summary>
    public static ScsValueType NativeTypeOf(int channel) => s_channels[channel].Type;

    /// <summary>The <c>e2c_channel</c> fed from a frame field for the base name, or -1.</summary>
    public static int FindByName(string baseName)
    {
        for (var i = 0; i < s_channels.Length; i++)
        {
            if (string.Equals(s_channels[i].Name, baseName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Writes channel <paramref name="channel"/>'s value from <paramref name="frame"/> in its native type.</summary>
    public static void Read(int channel, in TelemetryFrame frame, ScsValue* value)
    {
        *value = default;
        value->type = s_channels[channel].Type;
        switch (channel)
        {
            case 0: Placement(frame.Position, frame.Orientation, value); break;
            case 1: Vector(frame.LocalVelocityMps, value); break;
            case 2: Vector(frame.LocalAngularVelocityTurnsPerS, value); break;
            case 3: Vector(frame.LocalAccelerationMps2, value); break;
            case 4: Vector(frame.LocalAngularAccelerationTurnsPerS2, value); break;
            case 5: value->value_float = frame.SpeedMps; break;
            case 6: value->value_float = frame.InputSteering; break;
            case 7: value->value_float = frame.InputThrottle; break;
            case 8: value->value_float = frame.InputBrake; break;
            case 9: value->value_float = frame.InputClutch; break;
            case 10: value->value_float = frame.EffectiveSteering; break;
            case 11: value->value_float = frame.EffectiveThrottle; break;
            case 12: value->value_float = frame.EffectiveBrake; break;
            case 13: value->value_float = frame.EffectiveClutch; break;
            case 14: value->value_float = frame.CruiseControlMps; break;
            case 15: value->value_float = frame.EngineRpm; break;
            case 16: value->value_s32 = frame.EngineGear; break;
            case 17: value->value_s32 = frame.DisplayedGear; break;
            case 18: value->value_u32 = frame.RetarderLevel; break;
            case 19: value->value_u32 = frame.AuxFront; break;
            case 20: value->value_u32 = frame.AuxRoof; break;
            case 21: value->value_u32 = frame.GameTimeMinutes; break;
            case 22: value->value_s32 = frame.RestStopMinutes; break;
            case 23: value->value_s32 = frame.MultiplayerTimeOffsetMinutes; break;
            case 24: value->value_float = frame.LocalScale; break;
            case 25: value->value_float = frame.NavigationDistanceM; break;
            case 26: value->value_float = frame.NavigationTimeS; break;
            case 27: value->value_float = frame.NavigationSpeedLimitMps; break;
            case 28: value->value_float = frame.WearEngine; break;
            case 29: value->value_float = frame.WearTransmission; break;
            case 30: value->value_float = frame.WearCabin; break;
            case 31: value->value_float = frame.WearChassis; break;
            case 32: value->value_float = frame.WearWheels; break;
            case 33: value->value_float = frame.OdometerKm; break;
            case 34: value->value_float = frame.FuelAmountL; break;
            case 35: value->value_float = frame.FuelRangeKm; break;
            case 36: value->value_float = frame.CargoDamage; break;
            case 37: value->value_float = frame.TrailerWearChassis; break;
            case 38: Placement(frame.TrailerPosition, frame.TrailerOrientation, value); break;
            default:
                value->value_bool = ((uint)frame.Switches & (1u << (channel - FirstSwitch))) != 0 ? (byte)1 : (byte)0;
                break;
        }
    }

    private static void Vector(System.Numerics.Vector3 v, ScsValue* value)
    {
        value->value_fvector.x = v.X;
        value->value_fvector.y = v.Y;
        value->value_fvector.z = v.Z;
    }

    private static void Placement(WorldPosition position, Orientation orientation, ScsValue* value)
    {
        value->value_dplacement.position.x = position.XMetres;
        value->value_dplacement.position.y = position.YMetres;
        value->value_dplacement.position.z = position.ZMetres;
        value->value_dplacement.orientation.heading = orientation.HeadingTurns;
        value->value_dplacement.orientation.pitch = orientation.PitchTurns;
        value->value_dplacement.orientation.roll = orientation.RollTurns;
    }
}
