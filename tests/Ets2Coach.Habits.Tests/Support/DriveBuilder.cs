using System.Numerics;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Support;

/// <summary>
/// Builds realistic frame streams at a chosen rate from a script of driving segments: a point-mass
/// truck on a road (straights, curves, turns), with lane changes as the reference sine-acceleration
/// lateral profile, local accelerations and yaw rate consistent with the path, and the switches,
/// clock, limit and events a test needs. Coordinates follow the SDK: X east, Z south, heading
/// counter-clockwise from north in turns; local +X right, +Z backwards.
/// </summary>
public sealed partial class DriveBuilder
{
    private readonly List<TelemetryFrame> _frames = [];
    private readonly List<TelemetryEvent> _events = [];
    private readonly double _period;
    private readonly int _substeps;

    /// <summary>Integration step: the frame period split into steps of at most 1 ms, so every rate follows the same continuous drive.</summary>
    private readonly double _dt;
    private long _substep;
    private ulong _frameNumber;
    private ulong _eventNumber;
    private double _t;
    private double _pausedTotal;
    private double _x;
    private double _z;
    private double _roadHeading;
    private double _v;
    private double _vlat;
    private double _fuel = 300;
    private double _wear;
    private double _gameMinutes = 12 * 60;
    private TruckSwitches _switches = TruckSwitches.LowBeam | TruckSwitches.EngineEnabled | TruckSwitches.ElectricEnabled | TruckSwitches.TrailerConnected;
    private TelemetryChannels _channels = TelemetryChannels.All;
    private float _limitMps = (float)(90 / 3.6);
    private int _gear = 8;
    private Func<TelemetryFrame, TelemetryFrame>? _corrupt;
    private TelemetryConfiguration _configuration = TelemetryConfiguration.Empty;

    public DriveBuilder(double rateHz = 60, double startKmh = 80)
    {
        _period = 1 / rateHz;
        _substeps = (int)Math.Ceiling((_period / 0.001) - 1e-9);
        _dt = _period / _substeps;
        _v = startKmh / 3.6;
    }

    public double TimeSeconds => _t;

    public double SpeedKmh => _v * 3.6;

    public double FramePeriodSeconds => _period;

    /// <summary>Cargo mass (kg) and trailer: sends a configuration event with the job.</summary>
    public DriveBuilder Cargo(double cargoKg)
    {
        _configuration = new TelemetryConfiguration
        {
            Trailers = [new TrailerConfiguration { Index = 0, Id = "trailer" }],
            Job = cargoKg > 0 ? new JobConfiguration { CargoMassKg = (float)cargoKg, CargoLoaded = true } : null,
        };
        return Event(TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Job, 1, 1));
    }

    public DriveBuilder Limit(double kmh)
    {
        _limitMps = (float)(kmh / 3.6);
        return this;
    }

    public DriveBuilder Blinker(int side)
    {
        _switches &= ~(TruckSwitches.LeftBlinker | TruckSwitches.RightBlinker);
        _switches |= side > 0 ? TruckSwitches.LeftBlinker : side < 0 ? TruckSwitches.RightBlinker : TruckSwitches.None;
        return this;
    }

    public DriveBuilder Switch(TruckSwitches which, bool on)
    {
        _switches = on ? _switches | which : _switches & ~which;
        return this;
    }

    public DriveBuilder GameTime(int hour, int minute)
    {
        _gameMinutes = (Math.Floor(_gameMinutes / 1440) * 1440) + (hour * 60) + minute;
        return this;
    }

    public DriveBuilder Gear(int gear)
    {
        _gear = gear;
        return this;
    }

    /// <summary>Removes channels from every later frame (or puts them back with <paramref name="present"/>).</summary>
    public DriveBuilder Channels(TelemetryChannels channels, bool present)
    {
        _channels = present ? _channels | channels : _channels & ~channels;
        return this;
    }

    /// <summary>Applies <paramref name="corrupt"/> to every later frame (null to stop).</summary>
    public DriveBuilder Corrupt(Func<TelemetryFrame, TelemetryFrame>? corrupt)
    {
        _corrupt = corrupt;
        return this;
    }

    public DriveBuilder Wear(double add)
    {
        _wear += add;
        return this;
    }

    public DriveBuilder Fuel(double add)
    {
        _fuel += add;
        return this;
    }

    public Drive Build() => new([.. _frames], [.. _events], _configuration);

    private DriveBuilder Event(TelemetryEvent e)
    {
        _events.Add(e.WithNumbers(++_eventNumber, _frameNumber + 1));
        return this;
    }

    public DriveBuilder Fine(Offence offence, string name) => Event(TelemetryEvent.ForFine(0, 0, 0, name, offence, 200));

    public DriveBuilder Toll() => Event(TelemetryEvent.ForAmount(0, 0, 0, TelemetryEventKind.TollgatePaid, 20));

    public DriveBuilder Delivered() => Event(TelemetryEvent.ForDelivery(0, 0, 0, 1000, 100, 0, 100, 60, false, false));

    public DriveBuilder PausedEvent() => Event(TelemetryEvent.ForState(0, 0, 0, TelemetryEventKind.Paused));

    public DriveBuilder Ferry() => Event(TelemetryEvent.ForTransport(0, 0, 0, TelemetryEventKind.FerryUsed, 300, "Calais", "Dover", "calais", "dover"));

    private void EmitIfDue(double accelLong, double yawRate, double alatLeft)
    {
        if (++_substep % _substeps == 0)
        {
            Emit(accelLong, yawRate, alatLeft);
        }
    }

    private void Emit(double accelLong, double yawRate, double alatLeft, bool paused = false)
    {
        var heading = _roadHeading + Math.Atan2(_vlat, Math.Max(_v, 0.1));
        var turns = heading / (2 * Math.PI);
        turns -= Math.Floor(turns);
        var speed = Math.Sign(_v) * Math.Sqrt((_v * _v) + (_vlat * _vlat));
        var frame = new TelemetryFrame
        {
            FrameNumber = ++_frameNumber,
            PausedSimulationTimeUs = (ulong)Math.Round(_t * 1e6),
            SimulationTimeUs = (ulong)Math.Round((_t + _pausedTotal) * 1e6),
            RenderTimeUs = (ulong)Math.Round((_t + _pausedTotal) * 1e6),
            ChannelsPresent = _channels,
            State = (paused ? FrameState.Paused : FrameState.None) | (_restartFlag ? FrameState.TimerRestart : FrameState.None),
            Switches = _switches,
            Position = new WorldPosition(_x, 0, _z),
            Orientation = new Orientation((float)turns, 0, 0),
            LocalVelocityMps = new Vector3((float)(-_vlat), 0, (float)-_v),
            LocalAngularVelocityTurnsPerS = new Vector3(0, (float)(yawRate / (2 * Math.PI)), 0),
            LocalAccelerationMps2 = new Vector3((float)-((_v * yawRate) + alatLeft), 0, (float)-accelLong),
            SpeedMps = (float)speed,
            EngineGear = _gear,
            GameTimeMinutes = (uint)_gameMinutes,
            NavigationSpeedLimitMps = _limitMps,
            FuelAmountL = (float)_fuel,
            WearEngine = (float)_wear,
            EffectiveThrottle = accelLong > 0 ? 0.5f : 0,
            EffectiveBrake = accelLong < -0.5 ? 0.3f : 0,
        };
        _restartFlag = false;
        _frames.Add(_corrupt is null ? frame : _corrupt(frame));
    }
}
