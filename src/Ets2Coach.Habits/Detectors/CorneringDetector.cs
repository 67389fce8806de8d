using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// HarshCornering (1d): smoothed |a_lat| at or above a mass-dependent level for 1 s on a curve or
/// turn. Decided once lane changes around it are known: lateral acceleration inside a lane change is
/// the lane change's, not cornering.
/// </summary>
internal sealed class CorneringDetector(DetectorContext context) : DetectorBase(context)
{
    private const double LaneChangeMarginSeconds = 1.0;

    private readonly Ring<CorneringEpisode> _pending = new(16);
    private readonly double _lowestCautionMps2 = Math.Min(context.Options.LaneChanges.LoadedCautionMps2, context.Options.LaneChanges.EmptyCautionMps2);
    private long _decided;
    private LevelTracker _levels;
    private bool _open;
    private double _start;
    private double _peak;
    private double _l1;
    private double _l2;
    private double _l3;

    public override string Name => "Cornering";

    public override Signals RequiredSignals => Signals.Speed | Signals.Lateral | Signals.Heading;

    /// <summary>Below every caution level with nothing open or pending, nothing changes: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        if (_open || S.SegmentStart || _decided < _pending.Added || Math.Abs(S.LateralMps2) >= _lowestCautionMps2)
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
            _open = false;
            _decided = _pending.Added;
        }

        // The heading is needed too: without it lane changes cannot be told apart from cornering.
        var usable = s.Forward && (s.Available & (Signals.Lateral | Signals.Heading)) == (Signals.Lateral | Signals.Heading);
        var a = Math.Abs(s.LateralMps2);
        var a0 = Math.Abs(s.PreviousLateralMps2);
        var sustain = O.LaneChanges.CorneringSustainSeconds;
        if (_open)
        {
            if (!usable)
            {
                Close(s.PreviousTimeSeconds);
            }
            else
            {
                _peak = Math.Max(_peak, a);
                _levels.Update(s.PreviousTimeSeconds, a0, t, a, _l1, _l2, _l3, double.PositiveInfinity, sustain);
                if (a < _l1)
                {
                    Close(Crossing.Time(s.PreviousTimeSeconds, a0, t, a, _l1));
                }
            }
        }
        else if (usable && !s.SegmentStart)
        {
            var l = O.LaneChanges;
            var l1 = s.IsLoaded ? l.LoadedCautionMps2 : l.EmptyCautionMps2;
            if (a >= l1)
            {
                var l2 = s.IsLoaded ? l.LoadedHarshMps2 : l.EmptyHarshMps2;
                var l3 = s.IsLoaded ? l.LoadedSevereMps2 : l.EmptySevereMps2;
                _open = true;
                (_l1, _l2, _l3) = (l1, l2, l3);
                _start = a0 < l1 ? Crossing.Time(s.PreviousTimeSeconds, a0, t, a, l1) : s.PreviousTimeSeconds;
                _peak = a;
                _levels.Reset();
                _levels.Update(s.PreviousTimeSeconds, Math.Min(a0, l1 - 1e-9), t, a, _l1, _l2, _l3, double.PositiveInfinity, sustain);
            }
        }

        while (_decided < _pending.Added)
        {
            ref readonly var e = ref _pending.At(_decided);
            var openChange = Shared.OpenLaneChangeStartSeconds;
            if (t < e.EndSeconds + LaneChangeMarginSeconds + 1.5 || (!double.IsNaN(openChange) && openChange <= e.EndSeconds + LaneChangeMarginSeconds))
            {
                break;
            }

            Decide(e);
            _decided++;
        }
    }

    public override void Complete()
    {
        if (_open)
        {
            Close(S.TimeSeconds);
        }

        while (_decided < _pending.Added)
        {
            Decide(_pending.At(_decided));
            _decided++;
        }
    }

    private void Close(double end)
    {
        _open = false;
        _levels.Close(end, O.LaneChanges.CorneringSustainSeconds);
        if (_levels.Level >= 0)
        {
            var threshold = _levels.Level switch { 0 => _l1, 1 => _l2, _ => _l3 };
            _pending.Add(new CorneringEpisode(_start, end, _peak, _levels.Level, threshold));
        }
    }

    private void Decide(in CorneringEpisode e)
    {
        var manoeuvres = Shared.Manoeuvres;
        for (var i = 0; i < manoeuvres.Count; i++)
        {
            ref readonly var m = ref manoeuvres.Back(i);
            if (!m.IsTurn && m.StartSeconds - LaneChangeMarginSeconds <= e.EndSeconds && m.EndSeconds + LaneChangeMarginSeconds >= e.StartSeconds)
            {
                return; // inside a lane change
            }
        }

        Report(HabitKind.HarshCornering, (Severity)e.Level, e.StartSeconds, e.EndSeconds, e.PeakMps2, e.ThresholdMps2, "m/s²",
            S.IsLoaded ? "loaded" : "empty or bobtail");
    }

    private readonly record struct CorneringEpisode(double StartSeconds, double EndSeconds, double PeakMps2, int Level, double ThresholdMps2);
}
