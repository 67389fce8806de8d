using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// HardBraking (1a): smoothed deceleration at or above the firm / harsh / emergency / extreme level
/// (mass-scaled) held for 0.5 s, episodes closer than 5 s merged, none around a collision.
/// </summary>
internal sealed class HardBrakingDetector(DetectorContext context) : DetectorBase(context)
{
    private readonly Ring<double> _collisions = new(16);
    private readonly double _spikeSquared = context.Options.Braking.CollisionSpikeMps2 * context.Options.Braking.CollisionSpikeMps2;
    private LevelTracker _levels;
    private bool _open;
    private double _start;
    private double _peak;
    private double _t1;
    private double _t2;
    private double _t3;
    private double _t4;
    private double _startX;
    private double _startZ;
    private double _startDistance;
    private bool _startPlacement;
    private bool _pendingPlacement;

    private bool _pending;
    private double _pendingStart;
    private double _pendingEnd;
    private double _pendingPeak;
    private int _pendingLevel;
    private double _pendingThreshold;
    private double _pendingX;
    private double _pendingZ;
    private double _pendingDistance;

    public override string Name => "HardBraking";

    public override Signals RequiredSignals => Signals.Speed | Signals.Deceleration;

    public override void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (telemetryEvent.Kind == TelemetryEventKind.PlayerFined && telemetryEvent.Offence == Offence.Crash)
        {
            _collisions.Add(S.TimeSeconds);
        }
    }

    /// <summary>Below the firm level with nothing open or pending and no spike, nothing changes: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        var s = S;
        if (_open || _pending || s.SegmentStart || s.DecelerationMps2 >= s.FirmMps2 || s.AccelerationSquaredMps4 > _spikeSquared)
        {
            Track();
        }
    }

    private void Track()
    {
        var s = S;
        var t = s.TimeSeconds;
        if (s.SegmentStart)
        {
            // A discontinuity ends the open episode without a finding; a closed one is still decided.
            _open = false;
            EmitPending();
        }

        if (s.AccelerationSquaredMps4 > _spikeSquared && (_collisions.Count == 0 || t - _collisions.Back(0) > 0.5))
        {
            _collisions.Add(t);
        }

        var usable = s.Forward && (s.Available & Signals.Deceleration) != 0;
        var d = s.DecelerationMps2;
        if (_open)
        {
            if (!usable)
            {
                Close(s.PreviousTimeSeconds);
            }
            else
            {
                _peak = Math.Max(_peak, d);
                _levels.Update(s.PreviousTimeSeconds, s.PreviousDecelerationMps2, t, d, _t1, _t2, _t3, _t4, O.Braking.SustainSeconds);
                if (d < _t1)
                {
                    Close(Crossing.Time(s.PreviousTimeSeconds, s.PreviousDecelerationMps2, t, d, _t1));
                }
            }
        }
        else if (usable && !s.SegmentStart && d >= s.FirmMps2 && s.SpeedKmh >= O.Braking.MinSpeedKmh)
        {
            _open = true;
            _t1 = s.FirmMps2;
            _t2 = s.HarshMps2;
            _t3 = s.EmergencyMps2;
            _t4 = s.ExtremeMps2;
            var d0 = s.PreviousDecelerationMps2;
            _start = d0 < _t1 ? Crossing.Time(s.PreviousTimeSeconds, d0, t, d, _t1) : s.PreviousTimeSeconds;
            _peak = d;
            _startX = s.XMetres;
            _startZ = s.ZMetres;
            _startDistance = s.DistanceM;
            _startPlacement = (s.Available & (Signals.Position | Signals.Heading)) == (Signals.Position | Signals.Heading);
            _levels.Reset();
            _levels.Update(s.PreviousTimeSeconds, Math.Min(d0, _t1 - 1e-9), t, d, _t1, _t2, _t3, _t4, O.Braking.SustainSeconds);
        }

        if (_pending && t - _pendingEnd >= O.Braking.MergeSeconds && (!_open || _start - _pendingEnd >= O.Braking.MergeSeconds))
        {
            EmitPending();
        }
    }

    public override void Complete()
    {
        if (_open)
        {
            Close(S.TimeSeconds);
        }

        EmitPending();
    }

    private void Close(double end)
    {
        _open = false;
        _levels.Close(end, O.Braking.SustainSeconds);
        var level = _levels.Level;
        if (level < 0)
        {
            return;
        }

        var threshold = level switch { 0 => _t1, 1 => _t2, 2 => _t3, _ => _t4 };
        if (_pending && _start - _pendingEnd < O.Braking.MergeSeconds)
        {
            _pendingEnd = end;
            _pendingPeak = Math.Max(_pendingPeak, _peak);
            if (level > _pendingLevel)
            {
                _pendingLevel = level;
                _pendingThreshold = threshold;
            }

            return;
        }

        EmitPending();
        _pending = true;
        _pendingStart = _start;
        _pendingEnd = end;
        _pendingPeak = _peak;
        _pendingLevel = level;
        _pendingThreshold = threshold;
        _pendingX = _startX;
        _pendingZ = _startZ;
        _pendingDistance = _startDistance;
        _pendingPlacement = _startPlacement;
    }

    private void EmitPending()
    {
        if (!_pending)
        {
            return;
        }

        _pending = false;
        var suppress = O.Braking.CollisionSuppressSeconds;
        for (var i = 0; i < _collisions.Count; i++)
        {
            var c = _collisions.Back(i);
            if (c >= _pendingStart - suppress && c <= _pendingEnd + suppress)
            {
                return; // a collision, not braking
            }
        }

        var severity = (Severity)_pendingLevel;
        Report(HabitKind.HardBraking, severity, _pendingStart, _pendingEnd, _pendingPeak, _pendingThreshold, "m/s²");
        Shared.Braking.Add(new BrakingEpisode(_pendingStart, _pendingEnd, _pendingPeak, _pendingX, _pendingZ, _pendingDistance, _pendingPlacement));
    }
}
