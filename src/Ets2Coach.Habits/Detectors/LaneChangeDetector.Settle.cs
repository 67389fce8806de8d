namespace Ets2Coach.Habits.Detectors;

internal sealed partial class LaneChangeDetector
{
    private void StartSettling()
    {
        _settling = true;
        _steadySince = double.NaN;
        _settleRatesAdded = 0;
    }

    /// <summary>One frame of settling: extrapolate the last fit; at each 10 Hz sample re-fit the last second of heading.</summary>
    private void Settle(double t, double psi, double v)
    {
        _reference.HeadingRad += _reference.RateRadPerS * S.DtSeconds;
        var added = t >= _nextSnapshot;
        Snapshot(t, _reference.HeadingRad, _reference.RateRadPerS, psi, v);
        _previousVlat = 0;
        if (!added)
        {
            return;
        }

        // Least-squares line through the last second of heading samples.
        double n = 0, st = 0, sp = 0, stt = 0, stp = 0, oldest = t;
        for (var age = 0; age < _snapshots.Count; age++)
        {
            ref readonly var q = ref _snapshots.Back(age);
            if (q.TimeSeconds < t - SettleSeconds - 1e-6)
            {
                break;
            }

            var x = q.TimeSeconds - t;
            n++;
            st += x;
            sp += q.HeadingRad;
            stt += x * x;
            stp += x * q.HeadingRad;
            oldest = q.TimeSeconds;
        }

        if (n < 3)
        {
            _reference.Reset(psi, _reference.RateRadPerS);
            return;
        }

        var rate = ((n * stp) - (st * sp)) / ((n * stt) - (st * st));
        _reference.Reset((sp - (rate * st)) / n, rate);
        _settleRates[_settleRatesAdded % _settleRates.Length] = rate;
        _settleRatesAdded++;

        // Steady when the fitted rate moved less than the tolerance over the last half second.
        var steady = _settleRatesAdded > 5 && t - oldest >= SettleSeconds - 0.05 &&
                     Math.Abs(rate - _settleRates[(_settleRatesAdded - 6) % _settleRates.Length]) < SettleRateToleranceRadPerS;
        if (!steady)
        {
            _steadySince = double.NaN;
            return;
        }

        if (double.IsNaN(_steadySince))
        {
            _steadySince = t;
        }
        else if (t - _steadySince >= SettleSeconds && S.SpeedKmh >= O.LaneChanges.MinSpeedKmh)
        {
            _settling = false;
            _quietSince = Math.Max(_quietSince, t - SettleSeconds);
        }
    }
}
