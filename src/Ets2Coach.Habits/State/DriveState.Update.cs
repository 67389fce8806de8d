using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.State;

internal sealed partial class DriveState
{
    /// <summary>Derives this frame's state. Never throws on bad values: absent or non-finite channels clear their signal.</summary>
    public void Update(in TelemetryFrame f)
    {
        var t = f.PausedSimulationTimeUs * 1e-6;
        Paused = f.IsPaused;
        if (Paused)
        {
            // Values are frozen while paused; the clock stops. Keep the last live state.
            DtSeconds = 0;
            return;
        }

        var ch = f.ChannelsPresent;
        var available = Signals.None;
        PreviousTimeSeconds = _previousTime;
        PreviousSpeedAbsMps = _previousSpeedAbs;
        PreviousSmoothedSpeedMps = _previousSmoothedSpeed;

        // Speed: the speedometer, else the forward component of the local velocity.
        double v = 0;
        if ((ch & TelemetryChannels.Speed) != 0 && float.IsFinite(f.SpeedMps))
        {
            v = f.SpeedMps;
            available |= Signals.Speed;
        }
        else if ((ch & TelemetryChannels.LocalVelocity) != 0 && float.IsFinite(f.LocalVelocityMps.Z))
        {
            v = -f.LocalVelocityMps.Z;
            available |= Signals.Speed;
        }

        var hasPlacement = (ch & TelemetryChannels.WorldPlacement) != 0;
        var hasPosition = hasPlacement && double.IsFinite(f.Position.XMetres) && double.IsFinite(f.Position.YMetres) && double.IsFinite(f.Position.ZMetres);
        var hasHeading = hasPlacement && float.IsFinite(f.Orientation.HeadingTurns);

        // Discontinuities: timer restart (flag, event or clock going back), a gap of lost frames, a teleport.
        var restart = !_hasPrevious || _restartPending || (f.State & FrameState.TimerRestart) != 0 ||
                      t < _previousTime || t - _previousTime > MaxGapSeconds;
        var step2 = 0.0;
        if (!restart && hasPosition && _previousHadPosition)
        {
            var dx = f.Position.XMetres - _previousX;
            var dy = f.Position.YMetres - _previousY;
            var dz = f.Position.ZMetres - _previousZ;
            step2 = (dx * dx) + (dy * dy) + (dz * dz);
            var allowed = (Math.Max(Math.Abs(v), _previousSpeedAbs) * (t - _previousTime)) + JumpAllowanceM;
            restart = step2 > allowed * allowed;
        }

        if (restart)
        {
            StartSegment();
        }

        SegmentStart = restart;
        var dt = restart ? 0 : t - _previousTime;
        var (alpha, fastAlpha) = _factors.For(dt);
        TimeSeconds = t;
        DtSeconds = dt;
        Frames++;
        DrivenSeconds += dt;

        // ---- speed ----
        SpeedMps = v;
        SpeedAbsMps = Math.Abs(v);
        var gearReverse = (ch & TelemetryChannels.EngineGear) != 0 && f.EngineGear < 0;
        Reversing = ((available & Signals.Speed) != 0 && v < ReversingBelowMps) || gearReverse;
        if ((available & Signals.Speed) != 0)
        {
            SmoothedSpeedMps = _speed.Update(SpeedAbsMps, alpha);
        }

        // ---- accelerations ----
        PreviousDecelerationMps2 = DecelerationMps2;
        PreviousLateralMps2 = LateralMps2;
        var a = f.LocalAccelerationMps2;
        if ((ch & TelemetryChannels.LocalAcceleration) != 0 && float.IsFinite(a.Z) && float.IsFinite(a.X))
        {
            // Vehicle +Z points backwards: braking while moving forward is +Z.
            DecelerationMps2 = _deceleration.Update(a.Z, alpha);
            LateralMps2 = _lateral.Update(a.X, alpha);
            LateralFastMps2 = _lateralFast.Update(a.X, fastAlpha);
            AccelerationSquaredMps4 = (a.X * a.X) + (a.Z * a.Z);
            available |= Signals.Deceleration | Signals.Lateral;
            if (restart)
            {
                PreviousDecelerationMps2 = DecelerationMps2;
                PreviousLateralMps2 = LateralMps2;
            }
        }
        else
        {
            AccelerationSquaredMps4 = 0;
            if ((available & Signals.Speed) != 0 && dt > 0 && _hasPrevious)
            {
                // No accelerometer: −dv/dt, smoothed with the same time constant.
                DecelerationMps2 = _deceleration.Update(-(v - _previousRawSpeed) / dt, alpha);
                available |= Signals.Deceleration;
            }
        }

        // ---- heading and yaw ----
        if (hasHeading)
        {
            double heading;
            if (restart || !_headingValid)
            {
                heading = f.Orientation.HeadingTurns * TwoPi;
                _previousHeadingRad = heading;
            }
            else
            {
                // Shortest way round: no jump at 0/1 (both in [0, 1), so one wrap at most).
                var delta = f.Orientation.HeadingTurns - _previousHeadingTurns;
                delta = delta > 0.5 ? delta - 1 : delta < -0.5 ? delta + 1 : delta;
                heading = HeadingRad + (delta * TwoPi);
                _previousHeadingRad = HeadingRad;
            }

            var w = f.LocalAngularVelocityTurnsPerS.Y;
            var yaw = (ch & TelemetryChannels.LocalAngularVelocity) != 0 && float.IsFinite(w)
                ? w * TwoPi
                : dt > 0 && _headingValid ? (heading - HeadingRad) / dt : 0;
            YawRateRadPerS = _yawRate.Update(yaw, alpha);
            HeadingRad = heading;
            _previousHeadingTurns = f.Orientation.HeadingTurns;
            _headingValid = true;
            available |= Signals.Heading;
        }

        // ---- position and distance ----
        _previousDistance = DistanceM;
        if (hasPosition)
        {
            if (!restart && _previousHadPosition)
            {
                DistanceM += Math.Sqrt(step2);
            }

            XMetres = f.Position.XMetres;
            YMetres = f.Position.YMetres;
            ZMetres = f.Position.ZMetres;
            _previousX = f.Position.XMetres;
            _previousY = f.Position.YMetres;
            _previousZ = f.Position.ZMetres;
            available |= Signals.Position;
        }
        else if ((available & Signals.Speed) != 0)
        {
            DistanceM += SpeedAbsMps * dt;
        }

        _previousHadPosition = hasPosition;

        available = UpdateRoadAndSwitches(f, available);
        Available = available;
        if (restart)
        {
            LearnArrivalPort();
        }

        UpdateStopPhase(dt);
        if (restart || t + 1e-9 >= _nextGridSeconds)
        {
            AppendHistory(t, restart); // a 10 Hz grid point passed: about one frame in six
        }

        UpdatePreviousHistoryPosition();

        if (restart)
        {
            PreviousTimeSeconds = t;
            PreviousSpeedAbsMps = SpeedAbsMps;
            PreviousSmoothedSpeedMps = SmoothedSpeedMps;
        }

        _previousTime = t;
        _previousSpeedAbs = SpeedAbsMps;
        _previousRawSpeed = v;
        _previousSmoothedSpeed = SmoothedSpeedMps;
        _hasPrevious = true;
        _restartPending = false;
    }

    private bool _headingValid;

    private Signals UpdateRoadAndSwitches(in TelemetryFrame f, Signals available)
    {
        var ch = f.ChannelsPresent;

        // Navigation limit: 0 or absent means unknown (Route Advisor limit switched off).
        PreviousLimitMps = LimitMps;
        var limit = (ch & TelemetryChannels.NavigationSpeedLimit) != 0 && float.IsFinite(f.NavigationSpeedLimitMps) && f.NavigationSpeedLimitMps > 0
            ? f.NavigationSpeedLimitMps
            : 0;
        if ((ch & TelemetryChannels.NavigationSpeedLimit) != 0)
        {
            available |= Signals.Limit;
        }

        LimitMps = limit;
        var wasKnown = PreviousLimitMps > 0;
        LimitChanged = !SegmentStart && (wasKnown != (limit > 0) || (limit > 0 && limit != PreviousLimitMps));
        LimitDropped = LimitChanged && wasKnown && limit > 0 && (PreviousLimitMps - limit) * 3.6 > _options.Speed.MinDropKmh;

        if ((ch & TelemetryChannels.GameTime) != 0)
        {
            if (f.GameTimeMinutes != _gameMinutes || MinuteOfDay < 0)
            {
                _gameMinutes = f.GameTimeMinutes;
                MinuteOfDay = (int)(f.GameTimeMinutes % (24 * 60));
            }

            available |= Signals.GameClock;
        }
        else
        {
            MinuteOfDay = -1;
        }

        // The switches change a few times a drive: decode them only when they or their channels do.
        var sw = f.Switches;
        const TelemetryChannels switchChannels = TelemetryChannels.LowBeam | TelemetryChannels.HighBeam | TelemetryChannels.Wipers |
                                                 TelemetryChannels.Hazard | TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker |
                                                 TelemetryChannels.TrailerConnected;
        var switchKey = ((ulong)(ch & switchChannels) << 8) | (uint)sw;
        if (switchKey != _switchKey || !_switchesDecoded)
        {
            _switchKey = switchKey;
            _switchesDecoded = true;
            DecodeSwitches(ch, sw);
        }

        available |= _switchSignals;
        if ((ch & TelemetryChannels.FuelAmount) != 0 && float.IsFinite(f.FuelAmountL))
        {
            FuelL = f.FuelAmountL;
            available |= Signals.Fuel;
        }

        const TelemetryChannels wear = TelemetryChannels.WearEngine | TelemetryChannels.WearTransmission |
                                       TelemetryChannels.WearCabin | TelemetryChannels.WearChassis | TelemetryChannels.WearWheels;
        if ((ch & wear) == wear)
        {
            var sum = (double)f.WearEngine + f.WearTransmission + f.WearCabin + f.WearChassis + f.WearWheels;
            if (double.IsFinite(sum))
            {
                WearSum = sum;
                available |= Signals.Wear;
            }
        }

        UpdateRefuel(available);
        return available;
    }

    private void DecodeSwitches(TelemetryChannels ch, TruckSwitches sw)
    {
        var signals = Signals.None;
        if ((ch & (TelemetryChannels.LowBeam | TelemetryChannels.HighBeam)) == (TelemetryChannels.LowBeam | TelemetryChannels.HighBeam))
        {
            // Lights are known only when both beams are; parking lights alone do not count (StVO §17(2)).
            LightsOn = (sw & (TruckSwitches.LowBeam | TruckSwitches.HighBeam)) != 0;
            signals |= Signals.Lights;
        }

        if ((ch & TelemetryChannels.Wipers) != 0)
        {
            WipersOn = (sw & TruckSwitches.Wipers) != 0;
            signals |= Signals.Wipers;
        }

        Hazard = (ch & TelemetryChannels.Hazard) != 0 && (sw & TruckSwitches.Hazard) != 0;
        if ((ch & (TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker)) == (TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker))
        {
            // Hazards are not a turn signal.
            LeftBlinker = !Hazard && (sw & TruckSwitches.LeftBlinker) != 0;
            RightBlinker = !Hazard && (sw & TruckSwitches.RightBlinker) != 0;
            signals |= Signals.Blinkers;
        }

        _switchSignals = signals;
        var trailer = (ch & TelemetryChannels.TrailerConnected) != 0
            ? (sw & TruckSwitches.TrailerConnected) != 0
            : _configTrailer;
        if (trailer != _trailerConnected)
        {
            _trailerConnected = trailer;
            RecomputeMass();
        }
    }

    private void AppendHistory(double t, bool restart)
    {
        const double step = PathHistory.IntervalSeconds;
        if (restart)
        {
            _nextGridIndex = (long)Math.Ceiling((t / step) - 1e-6);
            _nextGridSeconds = _nextGridIndex * step;
        }

        while (_nextGridIndex * step <= t + 1e-9)
        {
            var g = _nextGridIndex * step;
            var current = new PathSample
            {
                TimeSeconds = t,
                DistanceM = DistanceM,
                XMetres = (Available & Signals.Position) != 0 ? XMetres : double.NaN,
                YMetres = (Available & Signals.Position) != 0 ? YMetres : double.NaN,
                ZMetres = (Available & Signals.Position) != 0 ? ZMetres : double.NaN,
                SpeedMps = SpeedAbsMps,
                HeadingRad = HeadingRad,
            };
            if (restart || !(t > _previousTime))
            {
                current.TimeSeconds = g;
                History.Add(current);
            }
            else
            {
                var before = new PathSample
                {
                    TimeSeconds = _previousTime,
                    DistanceM = _previousDistance,
                    XMetres = _previousHistoryX,
                    YMetres = _previousHistoryY,
                    ZMetres = _previousHistoryZ,
                    SpeedMps = _previousSpeedAbs,
                    HeadingRad = _previousHeadingRad,
                };
                var s = PathHistory.Lerp(before, current, (g - _previousTime) / (t - _previousTime));
                s.TimeSeconds = g;
                History.Add(s);
            }

            _nextGridIndex++;
            _nextGridSeconds = _nextGridIndex * step;
        }
    }

    private void UpdatePreviousHistoryPosition()
    {
        _previousHistoryX = (Available & Signals.Position) != 0 ? XMetres : double.NaN;
        _previousHistoryY = (Available & Signals.Position) != 0 ? YMetres : double.NaN;
        _previousHistoryZ = (Available & Signals.Position) != 0 ? ZMetres : double.NaN;
    }

    private double _previousHistoryX = double.NaN;
    private double _previousHistoryY = double.NaN;
    private double _nextGridSeconds;
    private ulong _switchKey;
    private bool _switchesDecoded;
    private Signals _switchSignals;
    private uint _gameMinutes;
    private double _previousHistoryZ = double.NaN;

    private void StartSegment()
    {
        _speed.Reset();
        _deceleration.Reset();
        _lateral.Reset();
        _lateralFast.Reset();
        _yawRate.Reset();
        _headingValid = false;
        _previousHadPosition = false;
        _previousHistoryX = double.NaN;
        _previousHistoryY = double.NaN;
        _previousHistoryZ = double.NaN;
        DecelerationMps2 = 0;
        LateralMps2 = 0;
        LateralFastMps2 = 0;
        YawRateRadPerS = 0;
        LimitMps = 0;
        History.Clear();
        ResetStopPhase();
        _stoppedForRefuel = false;
    }

    /// <summary>A timer-restart event or a ferry/train crossing: the next frame starts a new segment.</summary>
    public void RequestRestart() => _restartPending = true;
}
