using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// FollowingTooClose (reference 3.2 proxy): a reported hard-braking episode on open road — no stop
/// (below 10 km/h) in the next 15 s, no limit drop within 15 s either side of its start, no junction
/// turn starting in the next 15 s, and no POI within 300 m ahead on the path driven in those 15 s.
/// </summary>
internal sealed class FollowingDistanceDetector(DetectorContext context) : DetectorBase(context)
{
    private readonly Ring<TimeInterval> _slow = new(256);
    private readonly Ring<double> _drops = new(64);
    private readonly Ring<double> _turnStarts = new(64);
    private readonly Ring<BrakingEpisode> _candidates = new(32);
    private long _manoeuvresRead;
    private long _brakingRead;
    private long _candidatesDone;
    private bool _slowOpen;

    public override string Name => "FollowingDistance";

    public override Signals RequiredSignals => Signals.Speed | Signals.Deceleration;

    /// <summary>Most frames change nothing here (no edge of slow driving, no drop, nothing new or pending): this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        var s = S;
        if (s.SegmentStart || s.LimitDropped || _candidatesDone < _candidates.Added || _manoeuvresRead < Shared.Manoeuvres.Added ||
            _brakingRead < Shared.Braking.Added || ((s.Available & Signals.Speed) != 0 && (s.SpeedKmh < O.Braking.OpenRoadStopKmh) != _slowOpen))
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
            // Candidates from before a discontinuity are dropped with their context.
            _candidatesDone = _candidates.Added;
            _brakingRead = Shared.Braking.Added;
            CloseSlow(t);
        }

        if ((s.Available & Signals.Speed) != 0)
        {
            var slow = s.SpeedKmh < O.Braking.OpenRoadStopKmh;
            if (slow && !_slowOpen)
            {
                _slow.Add(new TimeInterval(t, double.PositiveInfinity));
                _slowOpen = true;
            }
            else if (!slow && _slowOpen)
            {
                CloseSlow(t);
            }
        }

        if (s.LimitDropped)
        {
            _drops.Add(t);
        }

        var manoeuvres = Shared.Manoeuvres;
        for (; _manoeuvresRead < manoeuvres.Added; _manoeuvresRead++)
        {
            if (manoeuvres.Holds(_manoeuvresRead) && manoeuvres.At(_manoeuvresRead).IsTurn)
            {
                _turnStarts.Add(manoeuvres.At(_manoeuvresRead).StartSeconds);
            }
        }

        var braking = Shared.Braking;
        for (; _brakingRead < braking.Added; _brakingRead++)
        {
            if (braking.Holds(_brakingRead))
            {
                _candidates.Add(braking.At(_brakingRead));
            }
        }

        var lookahead = O.Braking.OpenRoadLookaheadSeconds;
        while (_candidatesDone < _candidates.Added)
        {
            ref readonly var c = ref _candidates.At(_candidatesDone);
            var openTurn = Shared.OpenTurnStartSeconds;
            if (t < c.StartSeconds + lookahead || (!double.IsNaN(openTurn) && openTurn <= c.StartSeconds + lookahead))
            {
                break; // not decidable yet
            }

            Decide(c);
            _candidatesDone++;
        }
    }

    public override void Complete()
    {
        while (_candidatesDone < _candidates.Added)
        {
            Decide(_candidates.At(_candidatesDone));
            _candidatesDone++;
        }
    }

    private void CloseSlow(double t)
    {
        if (_slowOpen && _slow.Count > 0)
        {
            _slow.ReplaceNewest(_slow.Back(0) with { End = t });
        }

        _slowOpen = false;
    }

    private void Decide(in BrakingEpisode c)
    {
        if (!c.HasPlacement)
        {
            return; // without position and heading, turns and POIs ahead cannot be excluded: stay silent
        }

        var lookahead = O.Braking.OpenRoadLookaheadSeconds;
        var from = c.StartSeconds;
        var to = Math.Max(c.StartSeconds + lookahead, c.EndSeconds);
        for (var i = 0; i < _slow.Count; i++)
        {
            if (_slow.Back(i).Overlaps(from, to))
            {
                return; // stopping: braking for a junction, light or queue
            }
        }

        for (var i = 0; i < _drops.Count; i++)
        {
            var d = _drops.Back(i);
            if (d >= from - lookahead && d <= from + lookahead)
            {
                return; // slowing for a lower limit
            }
        }

        for (var i = 0; i < _turnStarts.Count; i++)
        {
            var ts = _turnStarts.Back(i);
            if (ts >= from && ts <= to)
            {
                return; // slowing for a turn
            }
        }

        if (PoiAhead(c, to))
        {
            return;
        }

        Report(HabitKind.FollowingTooClose, Severity.Minor, c.StartSeconds, c.EndSeconds, c.PeakMps2, O.Braking.FirmMps2, "m/s²",
            "hard braking with no stop, junction, limit drop or toll ahead");
    }

    private bool PoiAhead(in BrakingEpisode c, double to)
    {
        var pois = S.Pois;
        var history = S.History;
        if (pois.Count == 0 || history.Count == 0)
        {
            return false;
        }

        var startAge = history.AgeAtOrBefore(c.StartSeconds);
        if (startAge < 0)
        {
            startAge = history.Count - 1;
        }

        for (var age = startAge; age >= 0; age--)
        {
            ref readonly var p = ref history.Back(age);
            if (p.TimeSeconds > to || p.DistanceM - c.DistanceM > O.Braking.OpenRoadPoiAheadM)
            {
                break;
            }

            if (double.IsFinite(p.XMetres) && pois.NearestDistance(p.XMetres, p.ZMetres) <= O.Braking.OpenRoadPoiNearPathM)
            {
                return true;
            }
        }

        return false;
    }
}
