using System.Numerics;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Synthetic;

/// <summary>
/// A deterministic stand-in for a physics-driven drive, used to measure and test drive files until
/// the simulator (src/Ets2Coach.Simulator) can produce drives: a truck and trailer following a
/// winding road at changing speeds, at a jittery ~60 Hz, with the small noise real physics has on
/// every float (suspension-like oscillations with 2 % noise on the channels that hover around
/// zero), so that about 40 fields change every frame. Test data only; never shown as a real drive.
/// </summary>
/// <remarks>Compiled into the benchmarks and linked into Ets2Coach.Recording.Tests.</remarks>
internal sealed class SyntheticDrive
{
    private const double FrameSeconds = 1.0 / 60;
    private readonly Random _random;
    private readonly double _noise;
    private ulong _frameNumber;
    private ulong _eventNumber;
    private ulong _simulationUs = 1_000_000;
    private ulong _pausedSimulationUs = 1_000_000;
    private double _x = 12_345.678, _y = 52.5, _z = -23_456.789;
    private double _headingTurns = 0.1;
    private double _speedMps;
    private double _previousSpeedMps;
    private double _yawRateTps;
    private double _previousYawRateTps;
    private double _odometerKm = 123_456.7;
    private double _fuelL = 612.5;
    private double _navigationM = 250_000;
    private int _gear = 1;
    private double _pausedUntilS = -1;
    private TruckSwitches _switches = TruckSwitches.EngineEnabled | TruckSwitches.ElectricEnabled | TruckSwitches.ParkingLights | TruckSwitches.LowBeam | TruckSwitches.TrailerConnected;

    /// <summary>Creates a drive; the same seed gives the same drive.</summary>
    /// <param name="seed">Random seed.</param>
    /// <param name="noise">Scale of the physics noise (1 = realistic, 0 = perfectly smooth).</param>
    public SyntheticDrive(int seed, double noise = 1)
    {
        _random = new Random(seed);
        _noise = noise;
    }

    /// <summary>Seconds driven so far.</summary>
    public double ElapsedSeconds { get; private set; }

    /// <summary>Produces the next frame and appends its events (if any) to <paramref name="events"/>.</summary>
    public TelemetryFrame Next(List<TelemetryEvent>? events = null)
    {
        _frameNumber++;
        var stepUs = (ulong)(16_667 + _random.Next(-600, 600)); // render-bound physics steps jitter
        var dt = stepUs / 1e6;
        _simulationUs += stepUs;
        ElapsedSeconds += dt;
        var t = ElapsedSeconds;
        var paused = t < _pausedUntilS;
        MaybeEmitEvents(events, t, paused);
        if (!paused)
        {
            _pausedSimulationUs += stepUs;
            Step(dt, t);
        }

        return Build(paused, dt);
    }

    private void Step(double dt, double t)
    {
        // Target speed: cruising with slowdowns for bends and a full stop every ~4 minutes.
        var cycle = t % 240;
        var target = cycle < 200 ? 22 + (4 * Math.Sin(t / 37)) - (6 * Math.Abs(Math.Sin(t / 23))) : cycle < 215 ? 0 : 12;
        var accel = Math.Clamp((target - _speedMps) * 0.35, -3.5, 1.2);
        _previousSpeedMps = _speedMps;
        _speedMps = Math.Max(0, _speedMps + (accel * dt));
        var curvature = (0.004 * Math.Sin(t / 19)) + (0.002 * Math.Sin(t / 7.3));
        _previousYawRateTps = _yawRateTps;
        _yawRateTps = _speedMps * curvature / (2 * Math.PI);
        _headingTurns = (_headingTurns + (_yawRateTps * dt) + 1) % 1;
        var heading = _headingTurns * 2 * Math.PI;
        var distance = _speedMps * dt;
        _x -= distance * Math.Sin(heading);
        _z -= distance * Math.Cos(heading);
        _y = 52.5 + (8 * Math.Sin(t / 61)) + (0.3 * Math.Sin(t / 3.1));
        _odometerKm += distance / 1000;
        _fuelL = Math.Max(0, _fuelL - (distance * 0.00032) - (0.0000035 * dt));
        _navigationM = Math.Max(0, _navigationM - distance);
        var wantedGear = Math.Clamp(1 + (int)(_speedMps / 2.3), 1, 12);
        _gear += Math.Sign(wantedGear - _gear);
        if (t % 45 < dt)
        {
            _switches ^= TruckSwitches.LeftBlinker;
        }
    }

    private TelemetryFrame Build(bool paused, double dt)
    {
        var heading = _headingTurns * 2 * Math.PI;
        var longitudinal = (_speedMps - _previousSpeedMps) / dt;
        var lateral = _speedMps * _yawRateTps * 2 * Math.PI;
        var yawAcceleration = (_yawRateTps - _previousYawRateTps) / dt;
        var lampOn = (_switches & TruckSwitches.LeftBlinker) != 0 && ElapsedSeconds % 0.7 < 0.35;
        var switches = lampOn ? _switches | TruckSwitches.LeftBlinkerLamp : _switches & ~TruckSwitches.LeftBlinkerLamp;
        var throttle = Math.Clamp((longitudinal * 0.6) + 0.25 + N(0.004), 0, 1);
        var brake = longitudinal < -0.5 ? Math.Clamp(-longitudinal / 4, 0, 1) : 0;
        var steering = Math.Clamp((_yawRateTps * 40) + N(0.0015), -1, 1);
        return new TelemetryFrame
        {
            FrameNumber = _frameNumber,
            SimulationTimeUs = _simulationUs,
            RenderTimeUs = _simulationUs + 250,
            PausedSimulationTimeUs = _pausedSimulationUs,
            EventsPublished = _eventNumber,
            ChannelsPresent = TelemetryChannels.All,
            State = paused ? FrameState.Paused : FrameState.None,
            Switches = switches | (brake > 0 ? TruckSwitches.BrakeLights : 0),
            Position = new WorldPosition(_x, _y, _z),
            Orientation = new Orientation((float)_headingTurns, (float)((0.002 * Math.Sin(ElapsedSeconds / 61)) + Wobble(0.0003, 1.3, 0)), (float)Wobble(0.002, 0.9, 1)),
            LocalVelocityMps = new Vector3((float)Wobble(0.05, 0.7, 2), (float)Wobble(0.03, 1.3, 3), (float)-_speedMps),
            LocalAngularVelocityTurnsPerS = new Vector3((float)Wobble(0.004, 1.1, 4), (float)(_yawRateTps + N(0.00005)), (float)Wobble(0.004, 0.9, 5)),
            LocalAccelerationMps2 = new Vector3((float)(lateral + N(0.02)), (float)Wobble(0.4, 1.7, 6), (float)(-longitudinal + N(0.02))),
            LocalAngularAccelerationTurnsPerS2 = new Vector3((float)Wobble(0.03, 1.1, 7), (float)(yawAcceleration + N(0.001)), (float)Wobble(0.03, 0.9, 8)),
            SpeedMps = (float)_speedMps,
            InputSteering = (float)steering,
            InputThrottle = (float)throttle,
            InputBrake = (float)brake,
            EffectiveSteering = (float)steering,
            EffectiveThrottle = (float)throttle,
            EffectiveBrake = (float)brake,
            EngineRpm = (float)(Math.Max(650, _speedMps * 95 * (13 - _gear) / 6) + N(3)),
            EngineGear = _gear,
            DisplayedGear = _gear,
            GameTimeMinutes = (uint)(4_000 + (ElapsedSeconds / 3)),
            RestStopMinutes = (int)(600 - (ElapsedSeconds / 3)),
            NavigationDistanceM = (float)_navigationM,
            NavigationTimeS = (float)(_navigationM / 21),
            NavigationSpeedLimitMps = ElapsedSeconds % 300 < 200 ? 25f : 13.8889f,
            WearEngine = 0.0123f,
            WearTransmission = 0.0101f,
            WearCabin = 0.0205f,
            WearChassis = 0.0311f,
            WearWheels = 0.0412f,
            OdometerKm = (float)_odometerKm,
            FuelAmountL = (float)_fuelL,
            FuelRangeKm = (float)(_fuelL / 0.32),
            CargoDamage = 0.004f,
            TrailerWearChassis = 0.05f,
            TrailerPosition = new WorldPosition(_x + (9 * Math.Sin(heading)), _y - 0.1, _z + (9 * Math.Cos(heading))),
            TrailerOrientation = new Orientation((float)((_headingTurns - (_yawRateTps * 0.8) + 1) % 1), (float)Wobble(0.0003, 1.2, 9), (float)Wobble(0.002, 0.8, 10)),
        };
    }

    private void MaybeEmitEvents(List<TelemetryEvent>? events, double t, bool paused)
    {
        if (events is null)
        {
            return;
        }

        var frame = _frameNumber;
        if (t % 97 < 0.017)
        {
            events.Add(TelemetryEvent.ForAmount(++_eventNumber, frame, _simulationUs, TelemetryEventKind.TollgatePaid, 120 + (long)(t % 7)));
        }

        if (t % 151 < 0.017)
        {
            events.Add(TelemetryEvent.ForFine(++_eventNumber, frame, _simulationUs, "speeding", Offence.Speeding, 350));
        }

        if (!paused && t % 331 < 0.017 && t > 1)
        {
            _pausedUntilS = t + 4;
            events.Add(TelemetryEvent.ForState(++_eventNumber, frame, _simulationUs, TelemetryEventKind.Paused));
        }

        if (paused && t + 0.017 >= _pausedUntilS)
        {
            events.Add(TelemetryEvent.ForState(++_eventNumber, frame, _simulationUs, TelemetryEventKind.Started));
        }
    }

    /// <summary>A suspension-like oscillation around zero with 2 % noise on top.</summary>
    private double Wobble(double amplitude, double frequencyHz, int phase) =>
        (amplitude * Math.Sin((2 * Math.PI * frequencyHz * ElapsedSeconds) + phase)) + N(amplitude * 0.02);

    private double N(double scale)
    {
        if (_noise == 0)
        {
            return 0;
        }

        // Sum of three uniforms: a cheap bell-shaped noise.
        return scale * _noise * (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 1.5) * 2;
    }
}
