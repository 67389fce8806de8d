using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

/// <summary>
/// Pins every C# mirror to the generated layout tables of docs/shared-memory-protocol.md (which a
/// ctest regenerates from e2c_layout.h): a drift on either side fails here, not during a drive.
/// </summary>
public sealed class LayoutPinningTests
{
    // C field → C# member path, per generated table. Explicit on purpose: a C field with no C#
    // counterpart (a new field in the header) fails, and so does a stale entry here.
    private static readonly Dictionary<string, (Type Type, Dictionary<string, string> Members)> s_mirrors = new()
    {
        ["header"] = (typeof(BlockHeader), new()
        {
            ["magic"] = "Magic",
            ["layout_version"] = "LayoutVersion",
            ["header_size"] = "HeaderSize",
            ["total_size"] = "TotalSize",
            ["frames_offset"] = "FramesOffset",
            ["events_offset"] = "EventsOffset",
            ["config_offset"] = "ConfigOffset",
            ["frame_slot_size"] = "FrameSlotSize",
            ["frame_capacity"] = "FrameCapacity",
            ["event_slot_size"] = "EventSlotSize",
            ["event_capacity"] = "EventCapacity",
            ["config_size"] = "ConfigSize",
            ["state"] = "State",
            ["writer_generation"] = "WriterGeneration",
            ["telemetry_api_version"] = "TelemetryApiVersion",
            ["game_schema_version"] = "GameSchemaVersion",
            ["game_id"] = "GameId",
            ["game_name"] = "GameName",
            ["plugin_version"] = "PluginVersion",
            ["writer_pid"] = "WriterPid",
            ["channels_registered"] = "ChannelsRegistered",
            ["started_unix_ms"] = "StartedUnixMs",
            ["frames_written"] = "FramesWritten",
            ["heartbeat"] = "Heartbeat",
            ["events_written"] = "EventsWritten",
        }),
        ["frame"] = (typeof(TelemetryFrame), new()
        {
            ["frame_number"] = "FrameNumber",
            ["simulation_time_us"] = "SimulationTimeUs",
            ["render_time_us"] = "RenderTimeUs",
            ["paused_simulation_time_us"] = "PausedSimulationTimeUs",
            ["events_published"] = "EventsPublished",
            ["channels_present"] = "ChannelsPresent",
            ["flags"] = "State",
            ["switches"] = "Switches",
            ["world_x_m"] = "Position.XMetres",
            ["world_y_m"] = "Position.YMetres",
            ["world_z_m"] = "Position.ZMetres",
            ["heading_turns"] = "Orientation.HeadingTurns",
            ["pitch_turns"] = "Orientation.PitchTurns",
            ["roll_turns"] = "Orientation.RollTurns",
            ["local_velocity_mps"] = "LocalVelocityMps",
            ["local_angular_velocity_tps"] = "LocalAngularVelocityTurnsPerS",
            ["local_acceleration_mps2"] = "LocalAccelerationMps2",
            ["local_angular_acceleration_tps2"] = "LocalAngularAccelerationTurnsPerS2",
            ["speed_mps"] = "SpeedMps",
            ["input_steering"] = "InputSteering",
            ["input_throttle"] = "InputThrottle",
            ["input_brake"] = "InputBrake",
            ["input_clutch"] = "InputClutch",
            ["effective_steering"] = "EffectiveSteering",
            ["effective_throttle"] = "EffectiveThrottle",
            ["effective_brake"] = "EffectiveBrake",
            ["effective_clutch"] = "EffectiveClutch",
            ["cruise_control_mps"] = "CruiseControlMps",
            ["engine_rpm"] = "EngineRpm",
            ["engine_gear"] = "EngineGear",
            ["displayed_gear"] = "DisplayedGear",
            ["retarder_level"] = "RetarderLevel",
            ["aux_front"] = "AuxFront",
            ["aux_roof"] = "AuxRoof",
            ["game_time_minutes"] = "GameTimeMinutes",
            ["rest_stop_minutes"] = "RestStopMinutes",
            ["multiplayer_time_offset_minutes"] = "MultiplayerTimeOffsetMinutes",
            ["local_scale"] = "LocalScale",
            ["navigation_distance_m"] = "NavigationDistanceM",
            ["navigation_time_s"] = "NavigationTimeS",
            ["navigation_speed_limit_mps"] = "NavigationSpeedLimitMps",
            ["wear_engine"] = "WearEngine",
            ["wear_transmission"] = "WearTransmission",
            ["wear_cabin"] = "WearCabin",
            ["wear_chassis"] = "WearChassis",
            ["wear_wheels"] = "WearWheels",
            ["odometer_km"] = "OdometerKm",
            ["fuel_amount_l"] = "FuelAmountL",
            ["fuel_range_km"] = "FuelRangeKm",
            ["cargo_damage"] = "CargoDamage",
            ["trailer_wear_chassis"] = "TrailerWearChassis",
            ["trailer_world_x_m"] = "TrailerPosition.XMetres",
            ["trailer_world_y_m"] = "TrailerPosition.YMetres",
            ["trailer_world_z_m"] = "TrailerPosition.ZMetres",
            ["trailer_heading_turns"] = "TrailerOrientation.HeadingTurns",
            ["trailer_pitch_turns"] = "TrailerOrientation.PitchTurns",
            ["trailer_roll_turns"] = "TrailerOrientation.RollTurns",
            ["reserved"] = "_reserved",
        }),
        ["event"] = (typeof(TelemetryEvent), new()
        {
            ["event_number"] = "EventNumber",
            ["frame_number"] = "FrameNumber",
            ["simulation_time_us"] = "SimulationTimeUs",
            ["kind"] = "Kind",
            ["attributes_present"] = "AttributesPresent",
            ["payload"] = "_payload",
        }),
        ["config"] = (typeof(ConfigBlock), new()
        {
            ["seq"] = "Seq",
            ["generations"] = "Generations",
            ["groups_present"] = "GroupsPresent",
            ["shifter_type"] = "ShifterType",
            ["truck"] = "Truck",
            ["trailers"] = "Trailers",
            ["job"] = "Job",
        }),
    };

    private static readonly Dictionary<string, Type> s_sizes = new()
    {
        ["header"] = typeof(BlockHeader),
        ["frame"] = typeof(TelemetryFrame),
        ["frame_slot"] = typeof(FrameSlot),
        ["event"] = typeof(TelemetryEvent),
        ["event_slot"] = typeof(EventSlot),
        ["config"] = typeof(ConfigBlock),
    };

    private static readonly Lazy<LayoutDoc> s_doc = new(LayoutDoc.Load);

    public static TheoryData<string, string> DocRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (table, rows) in s_doc.Value.Tables)
        {
            foreach (var row in rows)
            {
                data.Add(table, row.Field);
            }
        }

        return data;
    }

    [Fact]
    public void Doc_GeneratedSection_HasEveryMirroredTable()
    {
        Assert.Equal(s_mirrors.Keys.Order(), s_doc.Value.Tables.Keys.Order());
        Assert.Equal(s_sizes.Keys.Order(), s_doc.Value.Sizes.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(DocRows))]
    public void Mirror_DocRow_HasSameOffsetAndSize(string table, string field)
    {
        var row = s_doc.Value.Tables[table].Single(r => r.Field == field);
        var (type, members) = s_mirrors[table];
        Assert.True(members.TryGetValue(field, out var member), $"C field {table}.{field} has no C# counterpart in {type.Name} (add it to the mirror and to this table).");

        var (offset, size) = LayoutProbe.Measure(type, member!);

        Assert.Equal((row.Offset, row.Size), (offset, size));
    }

    [Fact]
    public void MirrorTables_NameOnlyFieldsTheDocHas()
    {
        foreach (var (table, (_, members)) in s_mirrors)
        {
            var documented = s_doc.Value.Tables[table].Select(r => r.Field).ToHashSet();
            Assert.All(members.Keys, k => Assert.Contains(k, documented));
        }
    }

    [Theory]
    [InlineData("frame")]
    [InlineData("event")]
    public void PublicMirror_EveryField_IsDocumented(string table)
    {
        var (type, members) = s_mirrors[table];
        var mappedRoots = members.Values.Select(p => p.Split('.')[0]).ToHashSet();

        var undocumented = LayoutProbe.Fields(type).Select(LayoutProbe.MemberName).Where(m => !mappedRoots.Contains(m));

        Assert.Empty(undocumented);
    }

    [Theory]
    [InlineData("header")]
    [InlineData("frame")]
    [InlineData("frame_slot")]
    [InlineData("event")]
    [InlineData("event_slot")]
    [InlineData("config")]
    public void Mirror_Size_MatchesDoc(string name)
    {
        Assert.Equal(s_doc.Value.Sizes[name], LayoutProbe.SizeOf(s_sizes[name]));
    }

    [Fact]
    public void Slots_PayloadFollowsSequence()
    {
        Assert.Equal((0, 8), LayoutProbe.Measure(typeof(FrameSlot), "Seq"));
        Assert.Equal((8, s_doc.Value.Sizes["frame"]), LayoutProbe.Measure(typeof(FrameSlot), "Frame"));
        Assert.Equal((0, 8), LayoutProbe.Measure(typeof(EventSlot), "Seq"));
        Assert.Equal((8, s_doc.Value.Sizes["event"]), LayoutProbe.Measure(typeof(EventSlot), "Event"));
    }

    [Fact]
    public void ConfigGroups_SizesMatchDocTable()
    {
        var rows = s_doc.Value.Tables["config"].ToDictionary(r => r.Field);

        Assert.Equal(rows["truck"].Size, LayoutProbe.SizeOf(typeof(ConfigTruck)));
        Assert.Equal(rows["trailers"].Size, LayoutProbe.SizeOf(typeof(ConfigTrailer)) * LayoutConstants.TrailerCount);
        Assert.Equal(rows["job"].Size, LayoutProbe.SizeOf(typeof(ConfigJob)));
    }

    [Fact]
    public void PublicSizeConstants_MatchDoc()
    {
        Assert.Equal(TelemetryFrame.SizeInBytes, s_doc.Value.Sizes["frame"]);
        Assert.Equal(TelemetryEvent.SizeInBytes, s_doc.Value.Sizes["event"]);
        var payload = s_doc.Value.Tables["event"].Single(r => r.Field == "payload");
        Assert.Equal((payload.Offset, payload.Size), (TelemetryEvent.PayloadOffset, TelemetryEvent.PayloadSizeInBytes));
    }
}
