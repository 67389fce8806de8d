using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

internal sealed partial class LaneChangeDetector
{
    /// <summary>Heading samples before the onset used for the refit.</summary>
    private const double PreWindowSeconds = 2.0;

    /// <summary>Heading samples after the end used for the refit start this long after it.</summary>
    private const double PostGapSeconds = 0.5;

    private const int MinFitSamples = 3;

    /// <summary>
    /// Two-sided refit once the lane change is over: a straight line through the heading before the
    /// onset and after the end (the road, by then known on both sides) replaces the reference frozen at
    /// the start. A reference rate off by 0.1°/s — what a curve a few seconds earlier leaves in any
    /// causal filter — would misplace a 5 s lane change at 90 km/h by half a metre; the heading after
    /// the manoeuvre pins the rate down. Offset, peak lateral speed, start and end are recomputed from
    /// the 10 Hz samples. False when too few samples exist on either side (the frozen values stand).
    /// </summary>
    private bool Refit(ref double end, out Line fit)
    {
        fit = default;
        var count = _snapshots.Count;
        var lastTime = count > 0 ? _snapshots.Back(0).TimeSeconds : double.NegativeInfinity;
        var preFrom = Math.Max(_start - AnchorBeforeSeconds - PreWindowSeconds, _quietSince);
        var preTo = _start - AnchorBeforeSeconds;
        var postFrom = end + PostGapSeconds;
        var postTo = Math.Min(end + TailSeconds, lastTime);

        // Least squares of heading on time (centred on the start) over both windows.
        double n = 0, st = 0, sp = 0, stt = 0, stp = 0;
        int pre = 0, post = 0;
        for (var age = 0; age < count; age++)
        {
            ref readonly var q = ref _snapshots.Back(age);
            var t = q.TimeSeconds;
            if (t < preFrom)
            {
                break;
            }

            var inPre = t <= preTo;
            var inPost = t >= postFrom && t <= postTo;
            if (!inPre && !inPost)
            {
                continue;
            }

            pre += inPre ? 1 : 0;
            post += inPost ? 1 : 0;
            var x = t - _start;
            n++;
            st += x;
            sp += q.HeadingRad;
            stt += x * x;
            stp += x * q.HeadingRad;
        }

        double slope, intercept;
        if (pre >= MinFitSamples && post >= MinFitSamples)
        {
            slope = ((n * stp) - (st * sp)) / ((n * stt) - (st * st));
            intercept = (sp - (slope * st)) / n;
        }
        else if (pre + post >= MinFitSamples)
        {
            // One side only: keep the frozen rate, fit the level.
            slope = _anchorRate;
            intercept = (sp - (slope * st)) / n;
        }
        else
        {
            return false;
        }

        fit = new Line(_start, intercept, slope);
        return Recompute(fit, ref end, postTo);
    }

    /// <summary>Recomputes offset, peak, start and end against <paramref name="fit"/> over the 10 Hz samples.</summary>
    private bool Recompute(in Line fit, ref double end, double until)
    {
        var on = O.LaneChanges.StartLateralSpeedMps;
        var from = _start - AnchorBeforeSeconds;
        var oldest = _snapshots.Count - 1;
        while (oldest > 0 && _snapshots.Back(oldest).TimeSeconds < from)
        {
            oldest--;
        }

        double offset = 0, peak = 0, previousT = double.NaN, previousV = 0;
        double start = double.NaN, stop = double.NaN, peakAt = double.NaN;
        for (var age = oldest; age >= 0; age--)
        {
            ref readonly var q = ref _snapshots.Back(age);
            if (q.TimeSeconds > until + 1e-9)
            {
                break;
            }

            var vlat = q.SpeedMps * SmallAngle.Sin(q.HeadingRad - fit.HeadingAt(q.TimeSeconds));
            var same = Math.Sign(vlat) == _side ? Math.Abs(vlat) : 0;
            if (!double.IsNaN(previousT))
            {
                offset += 0.5 * (same + previousV) * (q.TimeSeconds - previousT);
                if (double.IsNaN(start) && same >= on && previousV < on)
                {
                    start = Crossing.Time(previousT, previousV, q.TimeSeconds, same, on);
                }

                if (!double.IsNaN(start) && same < on && previousV >= on)
                {
                    stop = Crossing.Time(previousT, previousV, q.TimeSeconds, same, on);
                }
            }

            if (same > peak)
            {
                peak = same;
                peakAt = q.TimeSeconds;
            }

            previousT = q.TimeSeconds;
            previousV = same;
        }

        if (double.IsNaN(start) || double.IsNaN(stop) || stop < peakAt)
        {
            return false; // against the refitted road it is not a clean lane change: keep the causal measurement
        }

        _offset = _side * offset;
        _peakVlat = Math.Max(peak, on);
        _start = start;
        end = stop;
        return true;
    }

    /// <summary>A straight road heading: <c>ψ(t) = intercept + rate · (t − t0)</c>.</summary>
    private readonly record struct Line(double T0, double InterceptRad, double RateRadPerS)
    {
        public double HeadingAt(double t) => InterceptRad + (RateRadPerS * (t - T0));
    }
}
