using System.Text;
using Ets2Coach.Telemetry;
using C = Ets2Coach.Telemetry.TelemetryChannels;
using K = Ets2Coach.Recording.Import.CsvValueKind;
using S = Ets2Coach.Telemetry.TruckSwitches;

namespace Ets2Coach.Recording.Import;

/// <summary>
/// The documented CSV columns (docs/recording-format.md) and their aliases. Header names are
/// normalised first: lower case, unit suffixes in brackets turned into name suffixes
/// (<c>Speed (km/h)</c> → <c>speed_kmh</c>), spaces, dots, dashes and slashes turned into <c>_</c>.
/// </summary>
internal static class CsvColumnCatalog
{
    private const double KmhToMps = 1 / 3.6;
    private const double MphToMps = 0.44704;

    /// <summary>Every column by its documented name.</summary>
    public static IReadOnlyDictionary<string, CsvColumn> Columns { get; } = Build(out s_aliases);

    private static readonly Dictionary<string, string> s_aliases;

    /// <summary>
    /// How many distinct required fields a channel needs before its bit is set: 4 for the world
    /// placement (x, y, z, heading), 2 for the local acceleration (longitudinal, lateral), else 1.
    /// </summary>
    public static int RequiredParts(TelemetryChannels channel)
    {
        var offsets = new HashSet<int>();
        foreach (var column in Columns.Values)
        {
            if (column.Channel == channel && column.Required)
            {
                offsets.Add(column.Offset);
            }
        }

        return offsets.Count;
    }

    /// <summary>The documented column a header names, or null.</summary>
    public static CsvColumn? Find(string header, IReadOnlyDictionary<string, string> userAliases)
    {
        var name = userAliases.TryGetValue(header, out var mapped) ? mapped : header;
        var normalised = Normalise(name);
        if (Columns.TryGetValue(normalised, out var column))
        {
            return column;
        }

        return s_aliases.TryGetValue(normalised, out var canonical) ? Columns[canonical] : null;
    }

    /// <summary>Lower case, bracketed units to suffixes, separators to single underscores.</summary>
    public static string Normalise(string header)
    {
        var text = header.Trim().Trim('\uFEFF').ToLowerInvariant()
            .Replace("(km/h)", "_kmh", StringComparison.Ordinal).Replace("[km/h]", "_kmh", StringComparison.Ordinal)
            .Replace("(m/s²)", "_mps2", StringComparison.Ordinal).Replace("(m/s2)", "_mps2", StringComparison.Ordinal)
            .Replace("(m/s)", "_mps", StringComparison.Ordinal).Replace("(mph)", "_mph", StringComparison.Ordinal)
            .Replace("(deg)", "_deg", StringComparison.Ordinal).Replace("(°)", "_deg", StringComparison.Ordinal)
            .Replace("(s)", "_s", StringComparison.Ordinal).Replace("(m)", "_m", StringComparison.Ordinal)
            .Replace("(km)", "_km", StringComparison.Ordinal).Replace("(l)", "_l", StringComparison.Ordinal)
            .Replace("(min)", "_min", StringComparison.Ordinal).Replace("(rpm)", "", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var separator = ch is ' ' or '.' or '-' or '/' or '_' or '(' or ')' or '[' or ']';
            if (separator)
            {
                if (builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString().TrimEnd('_');
    }

    private static Dictionary<string, CsvColumn> Build(out Dictionary<string, string> aliases)
    {
        var columns = new Dictionary<string, CsvColumn>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        aliases = names;
        void Add(CsvColumn column, params string[] more)
        {
            columns.Add(column.Name, column);
            foreach (var alias in more)
            {
                names.Add(alias, column.Name);
            }
        }

        Add(new("time_s", K.Time, 0, 1, C.None), "time", "t", "seconds", "elapsed_s", "timestamp_s", "sim_time_s");
        Add(new("time_ms", K.Time, 0, 0.001, C.None), "timestamp_ms", "elapsed_ms");
        Add(new("speed_mps", K.Single, 140, 1, C.Speed), "speed_ms", "speed_m_s", "truck_speed_value");
        Add(new("speed_kmh", K.Single, 140, KmhToMps, C.Speed), "speed_kph", "speed_km_h", "kmh", "kph", "truck_speed_kph");
        Add(new("speed_mph", K.Single, 140, MphToMps, C.Speed), "mph", "truck_speed_mph");
        Add(new("accel_long_mps2", K.Single, 124, -1, C.LocalAcceleration), "acceleration_long_mps2", "long_accel_mps2", "accel_longitudinal_mps2");
        Add(new("accel_lat_mps2", K.Single, 116, 1, C.LocalAcceleration), "acceleration_lat_mps2", "lat_accel_mps2", "accel_lateral_mps2");
        Add(new("accel_vert_mps2", K.Single, 120, 1, C.LocalAcceleration, Required: false), "acceleration_vert_mps2", "accel_vertical_mps2");
        Add(new("x_m", K.Double, 56, 1, C.WorldPlacement), "pos_x_m", "world_x_m", "placement_x", "coordinate_x", "truck_placement_x", "truck_position_x");
        Add(new("y_m", K.Double, 64, 1, C.WorldPlacement), "pos_y_m", "world_y_m", "placement_y", "coordinate_y", "truck_placement_y", "truck_position_y");
        Add(new("z_m", K.Double, 72, 1, C.WorldPlacement), "pos_z_m", "world_z_m", "placement_z", "coordinate_z", "truck_placement_z", "truck_position_z");
        Add(new("heading_deg", K.Single, 80, 1.0 / 360, C.WorldPlacement, WrapTurns: true), "yaw_deg");
        Add(new("heading_turns", K.Single, 80, 1, C.WorldPlacement, WrapTurns: true), "placement_heading", "truck_world_placement_heading", "truck_placement_heading", "truck_orientation_heading");
        Add(new("pitch_deg", K.Single, 84, 1.0 / 360, C.WorldPlacement, Required: false));
        Add(new("roll_deg", K.Single, 88, 1.0 / 360, C.WorldPlacement, Required: false));
        Add(new("nav_limit_kmh", K.Single, 228, KmhToMps, C.NavigationSpeedLimit), "speed_limit_kmh", "limit_kmh", "navigation_speed_limit_kmh", "navigation_speedlimit_kph");
        Add(new("nav_limit_mps", K.Single, 228, 1, C.NavigationSpeedLimit), "speed_limit_mps", "truck_navigation_speed_limit", "navigation_speedlimit_value");
        Add(new("nav_distance_m", K.Single, 220, 1, C.NavigationDistance), "truck_navigation_distance");
        Add(new("nav_time_s", K.Single, 224, 1, C.NavigationTime), "truck_navigation_time");
        Add(new("steering", K.Single, 144, 1, C.InputSteering), "input_steering", "steer", "truck_input_steering", "truck_usersteer");
        Add(new("throttle", K.Single, 148, 1, C.InputThrottle), "input_throttle", "truck_input_throttle", "truck_userthrottle");
        Add(new("brake", K.Single, 152, 1, C.InputBrake), "input_brake", "truck_input_brake", "truck_userbrake");
        Add(new("clutch", K.Single, 156, 1, C.InputClutch), "input_clutch", "truck_input_clutch", "truck_userclutch");
        Add(new("throttle_pct", K.Single, 148, 0.01, C.InputThrottle));
        Add(new("brake_pct", K.Single, 152, 0.01, C.InputBrake));
        Add(new("effective_steering", K.Single, 160, 1, C.EffectiveSteering), "truck_effective_steering", "truck_gamesteer");
        Add(new("effective_throttle", K.Single, 164, 1, C.EffectiveThrottle), "truck_effective_throttle", "truck_gamethrottle");
        Add(new("effective_brake", K.Single, 168, 1, C.EffectiveBrake), "truck_effective_brake", "truck_gamebrake");
        Add(new("cruise_control_kmh", K.Single, 176, KmhToMps, C.CruiseControl), "cruise_kmh");
        Add(new("cruise_control_mps", K.Single, 176, 1, C.CruiseControl), "truck_cruise_control");
        Add(new("rpm", K.Single, 180, 1, C.EngineRpm), "engine_rpm", "truck_engine_rpm", "truck_enginerpm");
        Add(new("gear", K.Int32, 184, 1, C.EngineGear), "engine_gear", "truck_engine_gear", "truck_gear");
        Add(new("displayed_gear", K.Int32, 188, 1, C.DisplayedGear), "truck_displayed_gear", "truck_displayedgear");
        Add(new("retarder", K.UInt32, 192, 1, C.Retarder), "retarder_level", "truck_brake_retarder", "truck_retarderbrake");
        Add(new("game_time_min", K.UInt32, 204, 1, C.GameTime), "game_time_minutes", "game_time");
        Add(new("rest_stop_min", K.Int32, 208, 1, C.RestStop), "rest_stop_minutes", "rest_stop");
        Add(new("odometer_km", K.Single, 252, 1, C.Odometer), "odometer", "truck_odometer");
        Add(new("fuel_l", K.Single, 256, 1, C.FuelAmount), "fuel", "fuel_amount_l", "truck_fuel_amount", "truck_fuel");
        Add(new("fuel_range_km", K.Single, 260, 1, C.FuelRange), "truck_fuel_range");
        Add(new("cargo_damage", K.Single, 264, 1, C.CargoDamage), "job_cargo_damage");
        Add(new("paused", K.Paused, 48, 1, C.None), "is_paused", "game_paused");
        AddSwitch(columns, names, "left_blinker", S.LeftBlinker, C.LeftBlinker, "blinker_left", "left_indicator", "truck_lblinker", "truck_blinkerlefton");
        AddSwitch(columns, names, "right_blinker", S.RightBlinker, C.RightBlinker, "blinker_right", "right_indicator", "truck_rblinker", "truck_blinkerrighton");
        AddSwitch(columns, names, "left_blinker_lamp", S.LeftBlinkerLamp, C.LeftBlinkerLamp, "truck_light_lblinker", "truck_blinkerleftactive");
        AddSwitch(columns, names, "right_blinker_lamp", S.RightBlinkerLamp, C.RightBlinkerLamp, "truck_light_rblinker", "truck_blinkerrightactive");
        AddSwitch(columns, names, "hazard", S.Hazard, C.Hazard, "hazard_lights", "hazard_warning", "truck_hazard_warning");
        AddSwitch(columns, names, "parking_lights", S.ParkingLights, C.ParkingLights, "lights_parking", "truck_light_parking", "truck_lightsparkingon");
        AddSwitch(columns, names, "low_beam", S.LowBeam, C.LowBeam, "lights_low_beam", "beam_low", "truck_light_beam_low", "truck_lightsbeamlowon");
        AddSwitch(columns, names, "high_beam", S.HighBeam, C.HighBeam, "lights_high_beam", "beam_high", "truck_light_beam_high", "truck_lightsbeamhighon");
        AddSwitch(columns, names, "beacon", S.Beacon, C.Beacon, "lights_beacon", "truck_light_beacon", "truck_lightsbeaconon");
        AddSwitch(columns, names, "brake_lights", S.BrakeLights, C.BrakeLights, "lights_brake", "truck_light_brake");
        AddSwitch(columns, names, "reverse_lights", S.ReverseLights, C.ReverseLights, "lights_reverse", "truck_light_reverse");
        AddSwitch(columns, names, "wipers", S.Wipers, C.Wipers, "truck_wipers", "truck_wiperson");
        AddSwitch(columns, names, "parking_brake", S.ParkingBrake, C.ParkingBrake, "truck_brake_parking", "truck_parkbrakeon");
        AddSwitch(columns, names, "motor_brake", S.MotorBrake, C.MotorBrake, "engine_brake", "truck_brake_motor", "truck_motorbrakeon");
        AddSwitch(columns, names, "trailer_connected", S.TrailerConnected, C.TrailerConnected, "trailer_attached", "trailer_0_connected");
        AddSwitch(columns, names, "engine_on", S.EngineEnabled, C.EngineEnabled, "engine_enabled", "truck_engine_enabled", "truck_engineon");
        AddSwitch(columns, names, "electric_on", S.ElectricEnabled, C.ElectricEnabled, "electric_enabled", "truck_electric_enabled", "truck_electricon");
        return columns;
    }

    private static void AddSwitch(Dictionary<string, CsvColumn> columns, Dictionary<string, string> aliases, string name, TruckSwitches bit, TelemetryChannels channel, params string[] names)
    {
        columns.Add(name, new CsvColumn(name, K.Switch, 52, 1, channel, Switch: bit));
        foreach (var alias in names)
        {
            aliases.Add(alias, name);
        }
    }
}
