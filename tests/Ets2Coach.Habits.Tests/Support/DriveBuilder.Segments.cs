namespace Ets2Coach.Habits.Tests.Support;

public sealed partial class DriveBuilder
{
    private bool _restartFlag;
    private bool _started;

    /// <summary>Emits the first frame (called implicitly by the first segment).</summary>
    public DriveBuilder Start()
    {
        if (!_started)
        {
            _started = true;
            Emit(0, 0, 0);
        }

        return this;
    }

    /// <summary>Keeps speed and direction.</summary>
    public DriveBuilder Cruise(double seconds) => Steps(seconds, _ => (0, 0));

    /// <summary>Stands still.</summary>
    public DriveBuilder Stand(double seconds)
    {
        _v = 0;
        return Cruise(seconds);
    }

    /// <summary>Accelerates or brakes at a constant <paramref name="mps2"/> to <paramref name="kmh"/>.</summary>
    public DriveBuilder ToSpeed(double kmh, double mps2)
    {
        Start();
        var target = kmh / 3.6;
        var a = Math.Abs(mps2) * Math.Sign(target - _v);
        while (Math.Abs(target - _v) > 1e-9)
        {
            var step = a * _dt;
            if (Math.Abs(target - _v) <= Math.Abs(step))
            {
                step = target - _v;
            }

            Advance(step / _dt, 0, 0);
        }

        return this;
    }

    /// <summary>Brakes from the current speed to <paramref name="kmh"/> with a smooth (half-sine) deceleration whose mean is <paramref name="meanMps2"/>.</summary>
    public DriveBuilder BrakeSmooth(double kmh, double meanMps2)
    {
        Start();
        var dv = _v - (kmh / 3.6);
        var duration = dv / meanMps2;
        var n = Math.Max(1, (int)Math.Round(duration / _dt));
        var v0 = _v;
        for (var i = 1; i <= n; i++)
        {
            // Speed follows v0 − dv·(1 − cos(πτ/T))/2: peak deceleration = π/2 × mean.
            var target = v0 - (dv * (1 - Math.Cos(Math.PI * i / n)) / 2);
            Advance((target - _v) / _dt, 0, 0);
        }

        return this;
    }

    /// <summary>A bend of <paramref name="degrees"/> (positive left) on <paramref name="radiusM"/>, with curvature ramped in and out over <paramref name="transitionSeconds"/>.</summary>
    public DriveBuilder Curve(double degrees, double radiusM, double transitionSeconds = 2)
    {
        Start();
        var side = Math.Sign(degrees);
        var yaw = side * _v / radiusM;
        var total = Math.Abs(degrees) * Math.PI / 180;
        // Ramped in and out: the ramps each turn yaw·transition/2.
        var steady = Math.Max(0, (total - (Math.Abs(yaw) * transitionSeconds)) / Math.Abs(yaw));
        var duration = steady + (2 * transitionSeconds);
        return Steps(duration, tau =>
        {
            var f = tau < transitionSeconds ? tau / transitionSeconds
                : tau > duration - transitionSeconds ? (duration - tau) / transitionSeconds
                : 1;
            return (0, yaw * Math.Clamp(f, 0, 1));
        });
    }

    /// <summary>Ramps the road's curvature to a bend of <paramref name="radiusM"/> (positive left, negative right, 0 straight) over <paramref name="rampSeconds"/>; later segments follow it.</summary>
    public DriveBuilder RoadRadius(double radiusM, double rampSeconds = 3)
    {
        Start();
        var from = _curvature;
        var to = radiusM == 0 ? 0 : 1 / radiusM;
        var n = Math.Max(1, (int)Math.Round(rampSeconds / _dt));
        for (var i = 1; i <= n; i++)
        {
            _curvature = from + ((to - from) * (i - 0.5) / n);
            Advance(0, 0, 0);
        }

        _curvature = to;
        return this;
    }

    /// <summary>A lane change with the reference sine-acceleration profile: <paramref name="side"/> +1 left, −1 right.</summary>
    /// <param name="side">+1 left, −1 right.</param>
    /// <param name="seconds">Duration T.</param>
    /// <param name="widthM">Lateral displacement.</param>
    /// <param name="signalAfterSeconds">When set, the same-side indicator goes on this long after the move began.</param>
    public DriveBuilder LaneChange(int side, double seconds, double widthM = 3.5, double? signalAfterSeconds = null)
    {
        Start();
        var n = Math.Max(1, (int)Math.Round(seconds / _dt));
        var T = n * _dt;
        for (var i = 1; i <= n; i++)
        {
            var tau = i * _dt;
            if (signalAfterSeconds is { } after && tau >= after && tau - _dt < after)
            {
                Blinker(side);
            }

            var vlatBefore = _vlat;
            _vlat = side * (widthM / T) * (1 - Math.Cos(2 * Math.PI * tau / T));
            var alat = side * (2 * Math.PI * widthM / (T * T)) * Math.Sin(2 * Math.PI * tau / T);
            var offset = side * (widthM / T) * (_dt - ((T / (2 * Math.PI)) * (Math.Sin(2 * Math.PI * tau / T) - Math.Sin(2 * Math.PI * (tau - _dt) / T))));
            AdvanceLateral(offset, alat, vlatBefore);
        }

        _vlat = 0;
        return this;
    }

    /// <summary>The game paused for <paramref name="seconds"/> of wall time: frames flagged paused, clock stopped.</summary>
    public DriveBuilder Pause(double seconds)
    {
        Start();
        var n = (int)Math.Round(seconds / _period);
        for (var i = 0; i < n; i++)
        {
            _pausedTotal += _period;
            Emit(0, 0, 0, paused: true);
        }

        return this;
    }

    /// <summary>Moves the truck by a large offset between two frames (ferry, train, teleport).</summary>
    public DriveBuilder Teleport(double dxM, double dzM)
    {
        _x += dxM;
        _z += dzM;
        return this;
    }

    /// <summary>The game restarts its timers (a save loaded): the clock starts from zero.</summary>
    public DriveBuilder TimerRestart()
    {
        _t = 0;
        _restartFlag = true;
        return this;
    }

    /// <summary>Reverses at <paramref name="kmh"/> for <paramref name="seconds"/> in reverse gear, then stops.</summary>
    public DriveBuilder Reverse(double seconds, double kmh)
    {
        Start();
        var gear = _gear;
        _gear = -1;
        _v = -kmh / 3.6;
        Cruise(seconds);
        _v = 0;
        Cruise(0.5);
        _gear = gear;
        return this;
    }

    private DriveBuilder Steps(double seconds, Func<double, (double AccelLong, double Yaw)> profile)
    {
        Start();
        var n = (int)Math.Round(seconds / _dt);
        for (var i = 0; i < n; i++)
        {
            var (a, yaw) = profile((i + 0.5) * _dt);
            Advance(a, yaw, 0);
        }

        return this;
    }

    private double _curvature;

    private void Advance(double accelLong, double yaw, double alat)
    {
        yaw += _v * _curvature;
        var vMid = _v + (0.5 * accelLong * _dt);
        var hMid = _roadHeading + (0.5 * yaw * _dt);
        _x += -Math.Sin(hMid) * vMid * _dt;
        _z += -Math.Cos(hMid) * vMid * _dt;
        _v += accelLong * _dt;
        _roadHeading += yaw * _dt;
        Tick();
        EmitIfDue(accelLong, yaw, alat);
    }

    private void AdvanceLateral(double offsetM, double alatLeft, double vlatBefore)
    {
        var roadYaw = _v * _curvature;
        var h = _roadHeading + (0.5 * roadYaw * _dt);
        _x += -Math.Sin(h) * _v * _dt;
        _z += -Math.Cos(h) * _v * _dt;
        // Left of heading θ is (−cos θ, sin θ) in (X, Z).
        _x += -Math.Cos(h) * offsetM;
        _z += Math.Sin(h) * offsetM;
        _roadHeading += roadYaw * _dt;
        Tick();
        var v2 = (_v * _v) + (_vlat * _vlat);
        var yaw = v2 > 0 ? _v * ((_vlat - vlatBefore) / _dt) / v2 : 0;
        // Emit's lateral acceleration is v·yaw + alat; the lane change's own yaw is already in alat.
        EmitIfDue(0, roadYaw + yaw, alatLeft - (_v * yaw));
    }

    private void Tick()
    {
        _t += _dt;
        _gameMinutes += _dt * 20 / 60; // the standard 1:20 time scale
    }
}
