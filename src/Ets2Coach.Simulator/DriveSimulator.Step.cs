using System.Numerics;
using Ets2Coach.Simulator.Kinematics;
using Ets2Coach.Simulator.Stepping;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator;

/// <summary>Per-frame stepping: pauses, events and the frame itself, allocation-free.</summary>
public sealed partial class DriveSimulator
{
    private TrajectoryIntegrator _integrator = null!;
    private StepCursors _cursors;
    private int _pauseIndex;
    private long _pausedTotalUs;
    private bool _pauseAnnounced;
    private int _eventIndex;
    private ulong _eventsPublished;
    private TelemetryFrame _lastLive;
    private bool _haveLive;

    /// <summary>Rewinds to before frame 1 (the same frames follow again).</summary>
    public void Reset()
    {
        _integrator = new TrajectoryIntegrator(_plan.Speed, _plan.Yaw, _plan.LaneChanges, _plan.Jumps, _plan.StartX, _plan.StartZ);
        _cursors = default;
        _pauseIndex = 0;
        _pausedTotalUs = 0;
        _pauseAnnounced = false;
        _eventIndex = 0;
        _eventsPublished = 0;
        _lastLive = default;
        _haveLive = false;
        FramesProduced = 0;
    }

    /// <summary>
    /// Produces the next frame and the events published before it (their <see cref="TelemetryEvent.FrameNumber"/>
    /// is this frame's). Allocates nothing.
    /// </summary>
    /// <param name="frame">The frame.</param>
    /// <param name="eventsDuringFrame">Receives the frame's events; at least <see cref="MaxEventsPerFrame"/> long.</param>
    /// <param name="eventCount">How many events were written.</param>
    /// <param name="configurationChange">The configuration in force after this frame's configuration events, or null when none changed.</param>
    /// <returns>False after the last frame.</returns>
    public bool TryStep(out TelemetryFrame frame, Span<TelemetryEvent> eventsDuringFrame, out int eventCount, out TelemetryConfiguration? configurationChange)
    {
        if (eventsDuringFrame.Length < MaxEventsPerFrame)
        {
            throw new ArgumentException($"The event span must hold at least {MaxEventsPerFrame} events.", nameof(eventsDuringFrame));
        }

        frame = default;
        eventCount = 0;
        configurationChange = null;
        if (FramesProduced >= TotalFrames)
        {
            return false;
        }

        var number = (ulong)++FramesProduced;
        var simUs = (long)Math.Round((number - 1) * 1_000_000.0 / _rateHz);

        // Pause bookkeeping: the coach's clock stops while simulation time runs on.
        var paused = false;
        var started = false;
        var pausing = false;
        var pauses = _plan.Pauses;
        if (_pauseIndex < pauses.Length)
        {
            var p = pauses[_pauseIndex];
            var start = p.DriveTimeUs + _pausedTotalUs;
            if (simUs >= start)
            {
                if (simUs < start + p.DurationUs)
                {
                    paused = true;
                    pausing = !_pauseAnnounced;
                    _pauseAnnounced = true;
                }
                else
                {
                    pausing = !_pauseAnnounced;
                    started = true;
                    _pausedTotalUs += p.DurationUs;
                    _pauseIndex++;
                    _pauseAnnounced = false;
                }
            }
        }

        var driveUs = paused ? pauses[_pauseIndex].DriveTimeUs : Math.Min(simUs - _pausedTotalUs, _durationUs);

        // Events, in the SDK's order: configuration, then paused/started, then gameplay.
        var events = _plan.Events;
        var endIndex = _eventIndex;
        while (endIndex < events.Length && events[endIndex].DriveTimeUs <= driveUs && endIndex - _eventIndex < MaxEventsPerFrame - 2)
        {
            endIndex++;
        }

        for (var i = _eventIndex; i < endIndex; i++)
        {
            if (events[i].Configuration is { } cfg)
            {
                eventsDuringFrame[eventCount++] = Stamp(events[i].Template, number, simUs);
                configurationChange = cfg;
            }
        }

        if (pausing)
        {
            eventsDuringFrame[eventCount++] = Stamp(TelemetryEvent.ForState(0, 0, 0, TelemetryEventKind.Paused), number, simUs);
        }

        if (started)
        {
            eventsDuringFrame[eventCount++] = Stamp(TelemetryEvent.ForState(0, 0, 0, TelemetryEventKind.Started), number, simUs);
        }

        for (var i = _eventIndex; i < endIndex; i++)
        {
            if (events[i].Configuration is null)
            {
                eventsDuringFrame[eventCount++] = Stamp(events[i].Template, number, simUs);
            }
        }

        _eventIndex = endIndex;

        if (paused && _haveLive)
        {
            // Channel values stay frozen at the last live frame, paused time included.
            frame = _lastLive with
            {
                FrameNumber = number,
                SimulationTimeUs = (ulong)simUs,
                RenderTimeUs = (ulong)simUs,
                EventsPublished = _eventsPublished,
                State = FrameState.Paused,
            };
            return true;
        }

        frame = Synthesize(number, simUs, driveUs, paused);
        if (!paused)
        {
            _lastLive = frame;
            _haveLive = true;
        }

        return true;
    }

    private TelemetryEvent Stamp(in TelemetryEvent template, ulong frameNumber, long simUs)
    {
        _eventsPublished++;
        return template.WithNumbers(_eventsPublished, frameNumber) with { SimulationTimeUs = (ulong)simUs };
    }

    private TelemetryFrame Synthesize(ulong number, long simUs, long driveUs, bool paused)
    {
        var plan = _plan;
        var t = driveUs / 1e6;
        plan.Speed.Evaluate(t, ref _cursors.Speed, out var s);
        plan.Yaw.Evaluate(t, ref _cursors.Yaw, out var psiRoad, out var omegaRoad, out var omegaDotRoad);
        plan.LaneChanges.Evaluate(t, ref _cursors.Lanes, out var offset, out var offsetRate, out var offsetAccel);
        _integrator.Sample(driveUs, out var x, out var z, out var trailerHeading);
        var switches = plan.Switches.Evaluate(t, ref _cursors.Switches, out var leftOn, out var rightOn, out var hazardOn);

        var v = s.SpeedMps;
        var a = s.AccelerationMps2;
        var psi = psiRoad + offset;
        var yawRate = omegaRoad + offsetRate;
        var yawAccel = omegaDotRoad + offsetAccel;

        var engineOn = t >= plan.EngineOnAt && t < plan.EngineOffAt;
        var parkingBrake = (switches & TruckSwitches.ParkingBrake) != 0;
        var standing = Math.Abs(v) < 0.01 && Math.Abs(a) < 1e-9;
        var gear = engineOn ? TruckModel.GearFor(v, !parkingBrake) : 0;
        var inputs = plan.Truck.InputsFor(a, v, plan.UsesRetarder);
        var brake = inputs.Brake;
        if (standing && !parkingBrake && InHold(t))
        {
            brake = 0.3f;
        }

        var cruise = plan.CruiseSetMps.Evaluate(t, ref _cursors.Cruise);
        var throttleInput = cruise > 0 ? 0f : inputs.Throttle;
        var steering = Math.Abs(v) > 0.3 ? Math.Atan(TruckModel.WheelbaseM * yawRate / v) / TruckModel.MaxSteeringAngleRad : 0;
        steering = Math.Clamp(steering + (_noise.SteeringSigma * _noise.Unit(14, driveUs)), -1, 1);

        if (brake > 0.01f)
        {
            switches |= TruckSwitches.BrakeLights;
        }

        if (gear < 0)
        {
            switches |= TruckSwitches.ReverseLights;
        }

        if (inputs.RetarderLevel > 0 && plan.UsesRetarder)
        {
            switches |= TruckSwitches.MotorBrake;
        }

        if (!engineOn)
        {
            switches &= ~TruckSwitches.EngineEnabled;
        }

        if (Lit(leftOn, t) || Lit(hazardOn, t))
        {
            switches |= TruckSwitches.LeftBlinkerLamp;
        }

        if (Lit(rightOn, t) || Lit(hazardOn, t))
        {
            switches |= TruckSwitches.RightBlinkerLamp;
        }

        // Sensor noise: accelerations, velocities, steering; never on a standing truck, never on positions.
        var moving = Math.Abs(v) > 0.3;
        var na = moving ? _noise.AccelerationSigmaMps2 : 0;
        var nv = moving ? _noise.VelocitySigmaMps : 0;
        var nw = moving ? _noise.YawRateSigmaTurnsPerS : 0;
        var speedNoise = nv * _noise.Unit(0, driveUs);
        var odo = s.OdometerM;
        var wear = plan.WearStart + (1.5e-7 * odo);
        var jump = 0.5 * plan.WearJumps.Evaluate(t);
        var fuel = Math.Max(0, plan.FuelStartL - (TruckModel.FuelPerMetreL * odo) + plan.FuelAdded.Evaluate(t));
        var remaining = Math.Max(0, _totalOdometerM - odo);
        var game = plan.GameMinutesAt(t);
        var heading = Turns(psi);

        return new TelemetryFrame
        {
            FrameNumber = number,
            SimulationTimeUs = (ulong)simUs,
            RenderTimeUs = (ulong)simUs,
            PausedSimulationTimeUs = (ulong)driveUs,
            EventsPublished = _eventsPublished,
            ChannelsPresent = _channels,
            State = paused ? FrameState.Paused : FrameState.None,
            Switches = switches & _switchMask,
            Position = new WorldPosition(x, 0, z),
            Orientation = new Orientation(heading, 0, 0),
            LocalVelocityMps = new Vector3((float)(nv * _noise.Unit(1, driveUs)), (float)(nv * _noise.Unit(2, driveUs)), (float)(-v - speedNoise)),
            LocalAngularVelocityTurnsPerS = new Vector3(0, (float)((yawRate / (2 * Math.PI)) + (nw * _noise.Unit(3, driveUs))), 0),
            LocalAccelerationMps2 = new Vector3(
                (float)((-v * yawRate) + (na * _noise.Unit(4, driveUs))),
                (float)(na * _noise.Unit(5, driveUs)),
                (float)(-a + (na * _noise.Unit(6, driveUs)))),
            LocalAngularAccelerationTurnsPerS2 = new Vector3(0, (float)((yawAccel / (2 * Math.PI)) + (nw * _noise.Unit(7, driveUs))), 0),
            SpeedMps = (float)(v + speedNoise),
            InputSteering = (float)steering,
            InputThrottle = throttleInput,
            InputBrake = brake,
            InputClutch = 0,
            EffectiveSteering = (float)steering,
            EffectiveThrottle = inputs.Throttle,
            EffectiveBrake = brake,
            EffectiveClutch = engineOn && standing && gear != 0 ? 1 : 0,
            CruiseControlMps = (float)cruise,
            EngineRpm = (float)TruckModel.RpmFor(v, gear, engineOn),
            EngineGear = gear,
            DisplayedGear = gear,
            RetarderLevel = plan.UsesRetarder ? inputs.RetarderLevel : 0,
            GameTimeMinutes = (uint)Math.Floor(game),
            RestStopMinutes = (int)(540 - (game - plan.StartGameMinutes)),
            LocalScale = (float)plan.LocalScale,
            NavigationDistanceM = (float)remaining,
            NavigationTimeS = (float)(remaining / 20),
            NavigationSpeedLimitMps = (float)(plan.LimitKmh.Evaluate(t, ref _cursors.Limit) / 3.6),
            WearEngine = (float)wear,
            WearTransmission = (float)(wear * 0.8),
            WearCabin = (float)((wear * 0.6) + jump),
            WearChassis = (float)((wear * 0.7) + jump),
            WearWheels = (float)(wear * 1.2),
            OdometerKm = (float)(plan.OdometerStartKm + (odo / 1000)),
            FuelAmountL = (float)fuel,
            FuelRangeKm = (float)(fuel / (TruckModel.FuelPerMetreL * 1000)),
            CargoDamage = (float)plan.CargoDamageJumps.Evaluate(t),
            TrailerWearChassis = (float)(0.03 + (1e-7 * odo)),
            TrailerPosition = new WorldPosition(x + (TruckModel.TrailerLengthM * Math.Sin(trailerHeading)), 0, z + (TruckModel.TrailerLengthM * Math.Cos(trailerHeading))),
            TrailerOrientation = new Orientation(Turns(trailerHeading), 0, 0),
        };
    }

    private bool InHold(double t)
    {
        foreach (var (from, until) in _plan.BrakeHolds)
        {
            if (t >= from && t < until)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Indicator lamp phase: 1.5 Hz (90 flashes a minute, the legal middle), lit for the first half.</summary>
    private static bool Lit(double onSince, double t)
    {
        if (double.IsNaN(onSince))
        {
            return false;
        }

        const double period = 2.0 / 3.0;
        var phase = (t - onSince) % period;
        return phase >= 0 && phase < period / 2;
    }

    private static float Turns(double radians)
    {
        var h = radians / (2 * Math.PI);
        h -= Math.Floor(h);
        var f = (float)h;
        return f >= 1f ? 0f : f;
    }
}
