using System.Text.Json;
using Ets2Coach.Telemetry;
using C = Ets2Coach.Telemetry.TelemetryChannels;

namespace Ets2Coach.Commands;

// The frame's channels, each written only when its bit in channels_present is set.
internal sealed partial class TelemetryJsonLines
{
    private static readonly JsonEncodedText s_frameNumber = JsonEncodedText.Encode("frameNumber");
    private static readonly JsonEncodedText s_simulationTimeUs = JsonEncodedText.Encode("simulationTimeUs");
    private static readonly JsonEncodedText s_renderTimeUs = JsonEncodedText.Encode("renderTimeUs");
    private static readonly JsonEncodedText s_pausedSimulationTimeUs = JsonEncodedText.Encode("pausedSimulationTimeUs");
    private static readonly JsonEncodedText s_eventsPublished = JsonEncodedText.Encode("eventsPublished");
    private static readonly JsonEncodedText s_channelsPresent = JsonEncodedText.Encode("channelsPresent");
    private static readonly JsonEncodedText s_paused = JsonEncodedText.Encode("paused");
    private static readonly JsonEncodedText s_timerRestart = JsonEncodedText.Encode("timerRestart");

    private static readonly JsonEncodedText[] s_position = Names("positionXMetres", "positionYMetres", "positionZMetres");
    private static readonly JsonEncodedText[] s_orientation = Names("headingTurns", "pitchTurns", "rollTurns");
    private static readonly JsonEncodedText[] s_velocity = Names("localVelocityXMps", "localVelocityYMps", "localVelocityZMps");
    private static readonly JsonEncodedText[] s_angularVelocity = Names("localAngularVelocityXTurnsPerS", "localAngularVelocityYTurnsPerS", "localAngularVelocityZTurnsPerS");
    private static readonly JsonEncodedText[] s_acceleration = Names("localAccelerationXMps2", "localAccelerationYMps2", "localAccelerationZMps2");
    private static readonly JsonEncodedText[] s_angularAcceleration = Names("localAngularAccelerationXTurnsPerS2", "localAngularAccelerationYTurnsPerS2", "localAngularAccelerationZTurnsPerS2");
    private static readonly JsonEncodedText[] s_trailerPosition = Names("trailerPositionXMetres", "trailerPositionYMetres", "trailerPositionZMetres");
    private static readonly JsonEncodedText[] s_trailerOrientation = Names("trailerHeadingTurns", "trailerPitchTurns", "trailerRollTurns");

    // Scalar float channels in frame order: (channel bit, JSON name, field accessor index).
    private static readonly (C Channel, JsonEncodedText Name)[] s_floats =
    [
        (C.Speed, JsonEncodedText.Encode("speedMps")),
        (C.InputSteering, JsonEncodedText.Encode("inputSteering")),
        (C.InputThrottle, JsonEncodedText.Encode("inputThrottle")),
        (C.InputBrake, JsonEncodedText.Encode("inputBrake")),
        (C.InputClutch, JsonEncodedText.Encode("inputClutch")),
        (C.EffectiveSteering, JsonEncodedText.Encode("effectiveSteering")),
        (C.EffectiveThrottle, JsonEncodedText.Encode("effectiveThrottle")),
        (C.EffectiveBrake, JsonEncodedText.Encode("effectiveBrake")),
        (C.EffectiveClutch, JsonEncodedText.Encode("effectiveClutch")),
        (C.CruiseControl, JsonEncodedText.Encode("cruiseControlMps")),
        (C.EngineRpm, JsonEncodedText.Encode("engineRpm")),
        (C.LocalScale, JsonEncodedText.Encode("localScale")),
        (C.NavigationDistance, JsonEncodedText.Encode("navigationDistanceM")),
        (C.NavigationTime, JsonEncodedText.Encode("navigationTimeS")),
        (C.NavigationSpeedLimit, JsonEncodedText.Encode("navigationSpeedLimitMps")),
        (C.WearEngine, JsonEncodedText.Encode("wearEngine")),
        (C.WearTransmission, JsonEncodedText.Encode("wearTransmission")),
        (C.WearCabin, JsonEncodedText.Encode("wearCabin")),
        (C.WearChassis, JsonEncodedText.Encode("wearChassis")),
        (C.WearWheels, JsonEncodedText.Encode("wearWheels")),
        (C.Odometer, JsonEncodedText.Encode("odometerKm")),
        (C.FuelAmount, JsonEncodedText.Encode("fuelAmountL")),
        (C.FuelRange, JsonEncodedText.Encode("fuelRangeKm")),
        (C.CargoDamage, JsonEncodedText.Encode("cargoDamage")),
        (C.TrailerWearChassis, JsonEncodedText.Encode("trailerWearChassis")),
    ];

    // Integer channels.
    private static readonly (C Channel, JsonEncodedText Name)[] s_integers =
    [
        (C.EngineGear, JsonEncodedText.Encode("engineGear")),
        (C.DisplayedGear, JsonEncodedText.Encode("displayedGear")),
        (C.Retarder, JsonEncodedText.Encode("retarderLevel")),
        (C.AuxFront, JsonEncodedText.Encode("auxFront")),
        (C.AuxRoof, JsonEncodedText.Encode("auxRoof")),
        (C.GameTime, JsonEncodedText.Encode("gameTimeMinutes")),
        (C.RestStop, JsonEncodedText.Encode("restStopMinutes")),
        (C.MultiplayerTimeOffset, JsonEncodedText.Encode("multiplayerTimeOffsetMinutes")),
    ];

    // Boolean channels: the switch bit k belongs to channel bit 39 + k.
    private static readonly (C Channel, TruckSwitches Switch, JsonEncodedText Name)[] s_switches = BuildSwitches();

    private static void WriteChannels(Utf8JsonWriter w, in TelemetryFrame f)
    {
        var present = f.ChannelsPresent;
        if ((present & C.WorldPlacement) != 0)
        {
            Vector(w, s_position, f.Position.XMetres, f.Position.YMetres, f.Position.ZMetres);
            Vector(w, s_orientation, f.Orientation.HeadingTurns, f.Orientation.PitchTurns, f.Orientation.RollTurns);
        }

        if ((present & C.LocalVelocity) != 0)
        {
            Vector(w, s_velocity, f.LocalVelocityMps.X, f.LocalVelocityMps.Y, f.LocalVelocityMps.Z);
        }

        if ((present & C.LocalAngularVelocity) != 0)
        {
            Vector(w, s_angularVelocity, f.LocalAngularVelocityTurnsPerS.X, f.LocalAngularVelocityTurnsPerS.Y, f.LocalAngularVelocityTurnsPerS.Z);
        }

        if ((present & C.LocalAcceleration) != 0)
        {
            Vector(w, s_acceleration, f.LocalAccelerationMps2.X, f.LocalAccelerationMps2.Y, f.LocalAccelerationMps2.Z);
        }

        if ((present & C.LocalAngularAcceleration) != 0)
        {
            Vector(w, s_angularAcceleration, f.LocalAngularAccelerationTurnsPerS2.X, f.LocalAngularAccelerationTurnsPerS2.Y, f.LocalAngularAccelerationTurnsPerS2.Z);
        }

        foreach (var (channel, name) in s_floats)
        {
            if ((present & channel) != 0)
            {
                Number(w, name, FloatOf(in f, channel));
            }
        }

        foreach (var (channel, name) in s_integers)
        {
            if ((present & channel) != 0)
            {
                w.WriteNumber(name, IntegerOf(in f, channel));
            }
        }

        if ((present & C.TrailerPlacement) != 0)
        {
            Vector(w, s_trailerPosition, f.TrailerPosition.XMetres, f.TrailerPosition.YMetres, f.TrailerPosition.ZMetres);
            Vector(w, s_trailerOrientation, f.TrailerOrientation.HeadingTurns, f.TrailerOrientation.PitchTurns, f.TrailerOrientation.RollTurns);
        }
    }

    private static void WriteSwitches(Utf8JsonWriter w, in TelemetryFrame f)
    {
        foreach (var (channel, @switch, name) in s_switches)
        {
            if ((f.ChannelsPresent & channel) != 0)
            {
                w.WriteBoolean(name, (f.Switches & @switch) != 0);
            }
        }
    }

    private static float FloatOf(in TelemetryFrame f, C channel) => channel switch
    {
        C.Speed => f.SpeedMps,
        C.InputSteering => f.InputSteering,
        C.InputThrottle => f.InputThrottle,
        C.InputBrake => f.InputBrake,
        C.InputClutch => f.InputClutch,
        C.EffectiveSteering => f.EffectiveSteering,
        C.EffectiveThrottle => f.EffectiveThrottle,
        C.EffectiveBrake => f.EffectiveBrake,
        C.EffectiveClutch => f.EffectiveClutch,
        C.CruiseControl => f.CruiseControlMps,
        C.EngineRpm => f.EngineRpm,
        C.LocalScale => f.LocalScale,
        C.NavigationDistance => f.NavigationDistanceM,
        C.NavigationTime => f.NavigationTimeS,
        C.NavigationSpeedLimit => f.NavigationSpeedLimitMps,
        C.WearEngine => f.WearEngine,
        C.WearTransmission => f.WearTransmission,
        C.WearCabin => f.WearCabin,
        C.WearChassis => f.WearChassis,
        C.WearWheels => f.WearWheels,
        C.Odometer => f.OdometerKm,
        C.FuelAmount => f.FuelAmountL,
        C.FuelRange => f.FuelRangeKm,
        C.CargoDamage => f.CargoDamage,
        C.TrailerWearChassis => f.TrailerWearChassis,
        _ => float.NaN,
    };

    private static long IntegerOf(in TelemetryFrame f, C channel) => channel switch
    {
        C.EngineGear => f.EngineGear,
        C.DisplayedGear => f.DisplayedGear,
        C.Retarder => f.RetarderLevel,
        C.AuxFront => f.AuxFront,
        C.AuxRoof => f.AuxRoof,
        C.GameTime => f.GameTimeMinutes,
        C.RestStop => f.RestStopMinutes,
        C.MultiplayerTimeOffset => f.MultiplayerTimeOffsetMinutes,
        _ => 0,
    };

    private static void Vector(Utf8JsonWriter w, JsonEncodedText[] names, double x, double y, double z)
    {
        Number(w, names[0], x);
        Number(w, names[1], y);
        Number(w, names[2], z);
    }

    private static void Vector(Utf8JsonWriter w, JsonEncodedText[] names, float x, float y, float z)
    {
        Number(w, names[0], x);
        Number(w, names[1], y);
        Number(w, names[2], z);
    }

    private static JsonEncodedText[] Names(params string[] names) => Array.ConvertAll(names, n => JsonEncodedText.Encode(n));

    private static (C, TruckSwitches, JsonEncodedText)[] BuildSwitches()
    {
        const int firstSwitchChannel = 39;
        var switches = Enum.GetValues<TruckSwitches>().Where(s => s != TruckSwitches.None).ToArray();
        return Array.ConvertAll(switches, s =>
            ((C)(1UL << (firstSwitchChannel + System.Numerics.BitOperations.TrailingZeroCount((uint)s))),
             s,
             JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(s.ToString()))));
    }
}
