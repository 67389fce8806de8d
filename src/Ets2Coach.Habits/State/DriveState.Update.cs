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
