using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

/// <summary>
/// Pins the C# enums and constants to e2c_layout.h by parsing it: channel bits, switch bits, event
/// kinds, configuration groups, offences, frame flags, configuration attribute bits and sizes.
/// </summary>
public sealed class CHeaderContractTests
{
    // e2c_channel → TelemetryChannels member (names differ: the C side names SDK channels).
    private static readonly Dictionary<string, string> s_channels = new()
    {
        ["E2C_CH_WORLD_PLACEMENT"] = "WorldPlacement",
        ["E2C_CH_LOCAL_VELOCITY"] = "LocalVelocity",
        ["E2C_CH_LOCAL_ANGULAR_VELOCITY"] = "LocalAngularVelocity",
        ["E2C_CH_LOCAL_ACCELERATION"] = "LocalAcceleration",
        ["E2C_CH_LOCAL_ANGULAR_ACCELERATION"] = "LocalAngularAcceleration",
        ["E2C_CH_SPEED"] = "Speed",
        ["E2C_CH_INPUT_STEERING"] = "InputSteering",
        ["E2C_CH_INPUT_THROTTLE"] = "InputThrottle",
        ["E2C_CH_INPUT_BRAKE"] = "InputBrake",
        ["E2C_CH_INPUT_CLUTCH"] = "InputClutch",
        ["E2C_CH_EFFECTIVE_STEERING"] = "EffectiveSteering",
        ["E2C_CH_EFFECTIVE_THROTTLE"] = "EffectiveThrottle",
        ["E2C_CH_EFFECTIVE_BRAKE"] = "EffectiveBrake",
        ["E2C_CH_EFFECTIVE_CLUTCH"] = "EffectiveClutch",
        ["E2C_CH_CRUISE_CONTROL"] = "CruiseControl",
        ["E2C_CH_ENGINE_RPM"] = "EngineRpm",
        ["E2C_CH_ENGINE_GEAR"] = "EngineGear",
        ["E2C_CH_DISPLAYED_GEAR"] = "DisplayedGear",
        ["E2C_CH_RETARDER"] = "Retarder",
        ["E2C_CH_AUX_FRONT"] = "AuxFront",
        ["E2C_CH_AUX_ROOF"] = "AuxRoof",
        ["E2C_CH_GAME_TIME"] = "GameTime",
        ["E2C_CH_REST_STOP"] = "RestStop",
        ["E2C_CH_MULTIPLAYER_TIME_OFFSET"] = "MultiplayerTimeOffset",
        ["E2C_CH_LOCAL_SCALE"] = "LocalScale",
        ["E2C_CH_NAVIGATION_DISTANCE"] = "NavigationDistance",
        ["E2C_CH_NAVIGATION_TIME"] = "NavigationTime",
        ["E2C_CH_NAVIGATION_SPEED_LIMIT"] = "NavigationSpeedLimit",
        ["E2C_CH_WEAR_ENGINE"] = "WearEngine",
        ["E2C_CH_WEAR_TRANSMISSION"] = "WearTransmission",
        ["E2C_CH_WEAR_CABIN"] = "WearCabin",
        ["E2C_CH_WEAR_CHASSIS"] = "WearChassis",
        ["E2C_CH_WEAR_WHEELS"] = "WearWheels",
        ["E2C_CH_ODOMETER"] = "Odometer",
        ["E2C_CH_FUEL_AMOUNT"] = "FuelAmount",
        ["E2C_CH_FUEL_RANGE"] = "FuelRange",
        ["E2C_CH_CARGO_DAMAGE"] = "CargoDamage",
        ["E2C_CH_TRAILER_WEAR_CHASSIS"] = "TrailerWearChassis",
        ["E2C_CH_TRAILER_PLACEMENT"] = "TrailerPlacement",
        ["E2C_CH_LBLINKER"] = "LeftBlinker",
        ["E2C_CH_RBLINKER"] = "RightBlinker",
        ["E2C_CH_LIGHT_LBLINKER"] = "LeftBlinkerLamp",
        ["E2C_CH_LIGHT_RBLINKER"] = "RightBlinkerLamp",
        ["E2C_CH_HAZARD"] = "Hazard",
        ["E2C_CH_LIGHT_PARKING"] = "ParkingLights",
        ["E2C_CH_LIGHT_LOW_BEAM"] = "LowBeam",
        ["E2C_CH_LIGHT_HIGH_BEAM"] = "HighBeam",
        ["E2C_CH_LIGHT_BEACON"] = "Beacon",
        ["E2C_CH_LIGHT_BRAKE"] = "BrakeLights",
        ["E2C_CH_LIGHT_REVERSE"] = "ReverseLights",
        ["E2C_CH_WIPERS"] = "Wipers",
        ["E2C_CH_PARKING_BRAKE"] = "ParkingBrake",
        ["E2C_CH_MOTOR_BRAKE"] = "MotorBrake",
        ["E2C_CH_TRAILER_CONNECTED"] = "TrailerConnected",
        ["E2C_CH_ENGINE_ENABLED"] = "EngineEnabled",
        ["E2C_CH_ELECTRIC_ENABLED"] = "ElectricEnabled",
    };

    private static readonly Lazy<CLayoutHeader> s_header = new(CLayoutHeader.Load);

    private static IReadOnlyList<KeyValuePair<string, ulong>> Channels => s_header.Value.Enum("e2c_channel");

    [Fact]
    public void Channels_EveryCChannel_HasTheSameBitInTelemetryChannels()
    {
        foreach (var (name, bit) in Channels.Where(c => c.Key != "E2C_CH_COUNT"))
        {
            Assert.True(s_channels.TryGetValue(name, out var member), $"{name} has no TelemetryChannels counterpart.");
            Assert.Equal(1UL << (int)bit, (ulong)Enum.Parse<TelemetryChannels>(member!));
        }
    }

    [Fact]
    public void Channels_EveryTelemetryChannelsMember_IsACChannel()
    {
        var mapped = s_channels.Values.ToHashSet();
        var extra = Enum.GetNames<TelemetryChannels>().Where(n => n is not "None" and not "All" && !mapped.Contains(n));

        Assert.Empty(extra);
        Assert.Equal(s_channels.Keys.Order(), Channels.Select(c => c.Key).Where(k => k != "E2C_CH_COUNT").Order());
    }

    [Fact]
    public void Channels_All_IsEveryBitBelowCount()
    {
        var count = Channels.Single(c => c.Key == "E2C_CH_COUNT").Value;

        Assert.Equal((ulong)TelemetryChannels.All, (1UL << (int)count) - 1);
        Assert.Equal((ulong)LayoutConstants.ChannelCount, count);
    }

    [Fact]
    public void Switches_EveryBooleanChannel_HasItsSwitchBit()
    {
        var first = Channels.Single(c => c.Key == s_header.Value.DefineText("E2C_CH_FIRST_SWITCH")).Value;
        var switches = Channels.Where(c => c.Key != "E2C_CH_COUNT" && c.Value >= first).ToList();

        Assert.Equal((ulong)LayoutConstants.FirstSwitchChannel, first);
        foreach (var (name, bit) in switches)
        {
            Assert.Equal(1u << (int)(bit - first), (uint)Enum.Parse<TruckSwitches>(s_channels[name]));
        }

        Assert.Equal(switches.Count, Enum.GetValues<TruckSwitches>().Count(s => s != TruckSwitches.None));
    }

    [Theory]
    [InlineData("e2c_event_kind", "E2C_EVENT_", typeof(TelemetryEventKind))]
    [InlineData("e2c_config_id", "E2C_CONFIG_", typeof(ConfigurationGroup))]
    [InlineData("e2c_offence", "E2C_OFFENCE_", typeof(Offence))]
    [InlineData("e2c_state", "E2C_STATE_", typeof(WriterState))]
    public void Enum_MatchesCEnum(string cEnum, string prefix, Type csharp)
    {
        var cMembers = s_header.Value.Enum(cEnum)
            .Where(m => m.Key != prefix + "COUNT")
            .ToDictionary(m => Normalize(m.Key[prefix.Length..]), m => m.Value);
        var csMembers = Enum.GetNames(csharp).ToDictionary(Normalize, n => Convert.ToUInt64(Enum.Parse(csharp, n), System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(cMembers.OrderBy(p => p.Key), csMembers.OrderBy(p => p.Key));
    }

    [Fact]
    public void FrameFlags_MatchFrameState()
    {
        var defines = s_header.Value.Defines("E2C_FRAME_");

        Assert.Equal((ulong)FrameState.Paused, defines["E2C_FRAME_PAUSED"]);
        Assert.Equal((ulong)FrameState.TimerRestart, defines["E2C_FRAME_TIMER_RESTART"]);
    }

    [Theory]
    [InlineData("E2C_TRUCK_ATTR_", typeof(ConfigTruck))]
    [InlineData("E2C_TRAILER_ATTR_", typeof(ConfigTrailer))]
    [InlineData("E2C_JOB_ATTR_", typeof(ConfigJob))]
    public void ConfigAttributeBits_MatchCDefines(string prefix, Type mirror)
    {
        var c = s_header.Value.Defines(prefix).ToDictionary(d => Normalize(d.Key[prefix.Length..]), d => d.Value);
        var cs = mirror.GetFields().Where(f => f.IsLiteral && f.Name.EndsWith("Bit", StringComparison.Ordinal))
            .ToDictionary(f => Normalize(f.Name[..^3]), f => (ulong)(uint)f.GetRawConstantValue()!);

        Assert.Equal(c.OrderBy(p => p.Key), cs.OrderBy(p => p.Key));
    }

    [Fact]
    public void Constants_MatchCDefines()
    {
        var d = s_header.Value.Defines("E2C_");

        Assert.Equal(LayoutConstants.Magic, d["E2C_MAGIC"]);
        Assert.Equal(LayoutConstants.LayoutVersion, d["E2C_LAYOUT_VERSION"]);
        Assert.Equal((ulong)LayoutConstants.HeaderSize, d["E2C_HEADER_SIZE"]);
        Assert.Equal((ulong)LayoutConstants.FrameSlotSize, d["E2C_FRAME_SLOT_SIZE"]);
        Assert.Equal((ulong)LayoutConstants.FrameSize, d["E2C_FRAME_SIZE"]);
        Assert.Equal((ulong)LayoutConstants.EventSlotSize, d["E2C_EVENT_SLOT_SIZE"]);
        Assert.Equal((ulong)LayoutConstants.EventPayloadSize, d["E2C_EVENT_PAYLOAD_SIZE"]);
        Assert.Equal((ulong)LayoutConstants.ConfigSize, d["E2C_CONFIG_SIZE"]);
        Assert.Equal(LayoutConstants.MinCapacity, d["E2C_MIN_CAPACITY"]);
        Assert.Equal(LayoutConstants.MaxCapacity, d["E2C_MAX_CAPACITY"]);
        Assert.Equal(LayoutConstants.DefaultFrameCapacity, d["E2C_DEFAULT_FRAME_CAPACITY"]);
        Assert.Equal(LayoutConstants.DefaultEventCapacity, d["E2C_DEFAULT_EVENT_CAPACITY"]);
        Assert.Equal((ulong)LayoutConstants.TrailerCount, d["E2C_TRAILER_COUNT"]);
        Assert.Equal($"\"{LayoutConstants.DefaultName}\"", s_header.Value.DefineText("E2C_DEFAULT_SHM_NAME"));
        Assert.Equal("E2CTELEM", System.Text.Encoding.ASCII.GetString(BitConverter.GetBytes(LayoutConstants.Magic)));
    }

    private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
}
