using System.Runtime.CompilerServices;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// LateBraking (1b): a stop from 30 km/h or more whose braking phase (from the last speed maximum)
/// had a mean deceleration in (1.5, 2.5] or a peak in (2.0, 3.0] m/s², and nothing harsher.
/// </summary>
internal sealed class StopAnticipationDetector(DetectorContext context) : DetectorBase(context)
{
    private readonly double _stoppedBelowMps = context.Options.Braking.StoppedBelowKmh / 3.6;

    public override string Name => "StopAnticipation";

    public override Signals RequiredSignals => Signals.Speed | Signals.Deceleration;

    /// <summary>Only the frame the truck comes to a stop has work: this check inlines into the frame loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override void OnFrame()
    {
        var s = S;
        var stopped = _stoppedBelowMps;
        if (s.SmoothedSpeedMps < stopped && s.PreviousSmoothedSpeedMps >= stopped && !s.SegmentStart && s.Forward)
        {
            JudgeStop();
        }
    }

    private void JudgeStop()
    {
        var s = S;
        var b = O.Braking;
        var stopped = _stoppedBelowMps;
        var v = s.SmoothedSpeedMps;
        var v0 = s.PreviousSmoothedSpeedMps;
        if (s.PhaseMaxSpeedMps * 3.6 < b.StopFromKmh)
        {
            return;
        }

        var stopAt = Crossing.Time(s.PreviousTimeSeconds, v0, s.TimeSeconds, v, stopped);
        var start = s.PhaseStartSeconds;
        var duration = stopAt - start;
        if (duration <= 0)
        {
            return;
        }

        var mean = (s.PhaseMaxSpeedMps - stopped) / duration;
        var peak = s.PhasePeakDecelerationMps2;
        var good = mean <= b.GoodStopMeanMps2 && peak <= b.GoodStopPeakMps2;
        var harsh = mean > b.LateStopMeanMps2 || peak > b.LateStopPeakMps2;
        if (!good && !harsh)
        {
            Report(HabitKind.LateBraking, Severity.Minor, start, stopAt, mean, b.GoodStopMeanMps2, "m/s²",
                $"from {s.PhaseMaxSpeedMps * 3.6:0} km/h, peak {peak:0.0} m/s²");
        }
    }
}
