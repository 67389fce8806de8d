using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// StoppedInLane (6): stopped 20 s or more on a fast road, away from known POIs and not in a
/// stop-go queue; severity by hazards, duration and the braking before the stop. Reported when
/// the truck moves again.
/// </summary>
internal sealed class BlockingDetector(DetectorContext context) : DetectorBase(context)
{
    private const double HazardMarginSeconds = 1.0;

    private readonly double _stoppedBelowMps = context.Options.Blocking.StoppedBelowKmh / 3.6;

    private bool _stopped;
    private double _stopAt;
    private bool _fastRoad;
    private bool _queue;
    private double _hazardsOffAt;
    private double _peakBeforeMps2;
    private double _x;
    private double _z;
    private bool _hasPosition;

    public override string Name => "Blocking";

    public override Signals RequiredSignals => Signals.Speed;

    /// <summary>While moving with no stop open nothing happens: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        if (_stopped || S.SegmentStart || !(S.SmoothedSpeedMps >= _stoppedBelowMps))
        {
            Track();
        }
    }

    private void Track()
    {
        var s = S;
        var t = s.TimeSeconds;
        if (s.SegmentStart || (s.Available & Signals.Speed) == 0)
        {
            _stopped = false; // ends silently
            return;
        }

        var threshold = _stoppedBelowMps;
        var v = s.SmoothedSpeedMps;
        var isStopped = v < threshold;
        if (!_stopped)
        {
            if (isStopped && !s.Reversing)
            {
                Begin(Crossing.Time(s.PreviousTimeSeconds, s.PreviousSmoothedSpeedMps, t, v, threshold));
            }

            return;
        }

        if (!s.Hazard && double.IsPositiveInfinity(_hazardsOffAt) && t > _stopAt + HazardMarginSeconds)
        {
            _hazardsOffAt = t;
        }

        if (!isStopped || s.Reversing)
        {
            Finish(s.Reversing ? t : Crossing.Time(s.PreviousTimeSeconds, s.PreviousSmoothedSpeedMps, t, v, threshold));
        }
    }

    public override void Complete()
    {
        if (_stopped)
        {
            Finish(S.TimeSeconds);
        }
    }

    private void Begin(double at)
    {
        var s = S;
        var b = O.Blocking;
        _stopped = true;
        _stopAt = at;
        _hazardsOffAt = double.PositiveInfinity;
        _peakBeforeMps2 = s.PhasePeakDecelerationMps2;
        _hasPosition = (s.Available & Signals.Position) != 0;
        _x = s.XMetres;
        _z = s.ZMetres;
        _fastRoad = s.LimitKnown
            ? s.LimitMps * 3.6 >= b.FastRoadKmh
            : s.PhaseMaxSpeedMps * 3.6 >= b.FastRoadKmh;
        _queue = InQueue(at, s.PhaseStartSeconds);
    }

    /// <summary>Stop-go traffic: crept at least the set distance below the queue speed in the window before this stop's final braking.</summary>
    private bool InQueue(double stopAt, double phaseStart)
    {
        var b = O.Blocking;
        var h = S.History;
        var crept = 0.0;
        for (var age = 0; age + 1 < h.Count; age++)
        {
            ref readonly var newer = ref h.Back(age);
            ref readonly var older = ref h.Back(age + 1);
            if (older.TimeSeconds < stopAt - b.QueueWindowSeconds)
            {
                break;
            }

            if (newer.TimeSeconds <= phaseStart && newer.SpeedMps * 3.6 < b.QueueMaxKmh && older.SpeedMps * 3.6 < b.QueueMaxKmh)
            {
                crept += newer.DistanceM - older.DistanceM;
            }
        }

        return crept >= b.QueueMinMoveM;
    }

    private void Finish(double end)
    {
        _stopped = false;
        var b = O.Blocking;
        var seconds = end - _stopAt;
        if (seconds < b.MinStopSeconds || !_fastRoad || _queue || !_hasPosition)
        {
            // (Without a position the POIs around cannot be checked: stay silent.)
            return;
        }

        if (_hasPosition && S.Pois.NearestDistance(_x, _z) <= b.PoiExclusionRadiusM)
        {
            return; // a toll booth, yard, fuel stop or port
        }

        // Hazards count when they were on for the whole stop (a second's slack at either end).
        var hazards = _hazardsOffAt >= end - HazardMarginSeconds;
        var severity = _peakBeforeMps2 >= b.DangerousBrakingMps2 ? Severity.Dangerous
            : !hazards || seconds >= b.SeriousWithHazardsSeconds ? Severity.Serious
            : Severity.Minor;
        Report(HabitKind.StoppedInLane, severity, _stopAt, end, seconds, b.MinStopSeconds, "s",
            hazards ? $"stopped {seconds:0} s with hazards on" : $"stopped {seconds:0} s without hazards");
    }
}
