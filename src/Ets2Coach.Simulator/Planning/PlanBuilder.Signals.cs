namespace Ets2Coach.Simulator.Planning;

/// <summary>Indicator behaviour: drawing a signal per profile and placing the blinker around a manoeuvre.</summary>
internal sealed partial class PlanBuilder
{
    /// <summary>A drawn signal: kind, lead before t_s (s), whether it is left on, and the cancel delay.</summary>
    private readonly record struct SignalChoice(SignalKind Kind, double LeadSeconds, bool LeftOn, double OffDelaySeconds)
    {
        /// <summary>How long before t_s the blinker (either side) goes on; 0 when none or after t_s.</summary>
        public double EarliestOnBefore => Kind == SignalKind.None ? 0 : Math.Max(0, LeadSeconds);
    }

    /// <summary>Draws how the driver signals a manoeuvre whose required lead is <paramref name="requiredLead"/>.</summary>
    /// <param name="requiredLead">3 s for a lane change, max(3 s, 30 m / v) for a turn.</param>
    /// <param name="mayLeaveOn">A standalone lane change (the blinker may be forgotten).</param>
    /// <param name="weaveSecond">Second lane change of a weave: no good or wrong-side signal fits in the gap.</param>
    /// <param name="weaveFirst">First lane change of a weave: no wrong side (it would look like a signal for the second).</param>
    private SignalChoice DrawSignal(double requiredLead, bool mayLeaveOn, bool weaveSecond = false, bool weaveFirst = false)
    {
        var cancel = _rng.Uniform(Buckets.CancelDelaySeconds.Lo, Buckets.CancelDelaySeconds.Hi);
        if (weaveSecond)
        {
            cancel = _rng.Uniform(0.3, 1.0);
        }

        if (_rng.Chance(_profile.WrongSideShare) && !weaveSecond && !weaveFirst)
        {
            return new SignalChoice(SignalKind.WrongSide, _rng.Uniform(Buckets.WrongSideLeadSeconds.Lo, Buckets.WrongSideLeadSeconds.Hi), false, cancel);
        }

        if (!_rng.Chance(_profile.SignalShare))
        {
            return new SignalChoice(SignalKind.None, 0, false, 0);
        }

        Span<double> weights = [1 - _profile.SignalLateShare - _profile.SignalVeryLateShare, _profile.SignalLateShare, _profile.SignalVeryLateShare];
        var pick = _rng.Pick(weights);
        if (weaveSecond && pick == 0)
        {
            pick = 1;
        }

        var kind = pick switch { 1 => SignalKind.Late, 2 => SignalKind.VeryLate, _ => SignalKind.Good };
        var lead = kind switch
        {
            SignalKind.Late => _rng.Uniform(Buckets.LateLeadSeconds.Lo, Buckets.LateLeadSeconds.Hi),
            SignalKind.VeryLate => _rng.Uniform(Buckets.VeryLateLeadSeconds.Lo, Buckets.VeryLateLeadSeconds.Hi),
            _ => requiredLead + _rng.Uniform(1.0, 4.0),
        };
        var leftOn = mayLeaveOn && _rng.Chance(_profile.NotCancelledShare);
        var off = leftOn ? _rng.Uniform(Buckets.NotCancelledSeconds.Lo, Buckets.NotCancelledSeconds.Hi) : cancel;
        return new SignalChoice(kind, lead, leftOn, off);
    }

    /// <summary>Cruises until a manoeuvre whose t_s is <paramref name="startToTs"/> after now may be signalled.</summary>
    private void WaitForBlinkerSpacing(SignalChoice signal, double startToTs)
    {
        // The previous blinker is off at least 20 s before this t_s and 5 s before this switch-on, so no
        // signal can be mistaken for another manoeuvre's (docs/habits.md, Indicators).
        var earliestTs = Math.Max(_blinkerOff + 20, _blinkerOff + 5 + signal.EarliestOnBefore);
        CruiseUntil(earliestTs - startToTs);
    }

    /// <summary>Places the blinker for a manoeuvre with side <paramref name="side"/> spanning [ts, end].</summary>
    private void ApplySignal(SignalChoice signal, int side, double ts, double end)
    {
        switch (signal.Kind)
        {
            case SignalKind.None:
                _blinkerOff = Math.Max(_blinkerOff, end);
                return;
            case SignalKind.WrongSide:
                Blinker(-side, ts - signal.LeadSeconds, end + signal.OffDelaySeconds);
                _blinkerOff = Math.Max(_blinkerOff, end + signal.OffDelaySeconds);
                return;
            default:
                Blinker(side, ts - signal.LeadSeconds, end + signal.OffDelaySeconds);
                _blinkerOff = Math.Max(_blinkerOff, end + signal.OffDelaySeconds);
                return;
        }
    }

    private static string Describe(SignalChoice s) => s.Kind switch
    {
        SignalKind.None => "no signal",
        SignalKind.WrongSide => $"wrong-side signal {F(s.LeadSeconds)} s ahead",
        _ => $"signal {F(s.LeadSeconds)} s ahead" + (s.LeftOn ? $", left on {F(s.OffDelaySeconds)} s" : ""),
    };
}
