using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// The "highest level held for at least N seconds" rule shared by braking and cornering: for each
/// of four ascending thresholds it tracks since when the signal has been at or above it (crossings
/// interpolated between frames) and the highest level whose run lasted long enough.
/// </summary>
internal struct LevelTracker
{
    private double _since0;
    private double _since1;
    private double _since2;
    private double _since3;

    /// <summary>Highest level reached (0–3), or −1.</summary>
    public int Level { get; private set; }

    public void Reset()
    {
        _since0 = _since1 = _since2 = _since3 = double.NaN;
        Level = -1;
    }

    /// <summary>Feeds the step from (t0, v0) to (t1, v1) against the thresholds.</summary>
    public void Update(double t0, double v0, double t1, double v1, double l0, double l1, double l2, double l3, double sustainSeconds)
    {
        Step(ref _since0, 0, t0, v0, t1, v1, l0, sustainSeconds);
        Step(ref _since1, 1, t0, v0, t1, v1, l1, sustainSeconds);
        Step(ref _since2, 2, t0, v0, t1, v1, l2, sustainSeconds);
        Step(ref _since3, 3, t0, v0, t1, v1, l3, sustainSeconds);
    }

    /// <summary>The episode ends at <paramref name="t"/> with every level still above counted up to it.</summary>
    public void Close(double t, double sustainSeconds)
    {
        CloseOne(ref _since0, 0, t, sustainSeconds);
        CloseOne(ref _since1, 1, t, sustainSeconds);
        CloseOne(ref _since2, 2, t, sustainSeconds);
        CloseOne(ref _since3, 3, t, sustainSeconds);
    }

    private void Step(ref double since, int level, double t0, double v0, double t1, double v1, double threshold, double sustain)
    {
        if (v1 >= threshold)
        {
            if (double.IsNaN(since))
            {
                since = v0 >= threshold ? t0 : Crossing.Time(t0, v0, t1, v1, threshold);
            }

            if (t1 - since >= sustain - 1e-9 && level > Level)
            {
                Level = level;
            }
        }
        else if (!double.IsNaN(since))
        {
            var end = v0 >= threshold ? Crossing.Time(t0, v0, t1, v1, threshold) : t0;
            if (end - since >= sustain - 1e-9 && level > Level)
            {
                Level = level;
            }

            since = double.NaN;
        }
    }

    private void CloseOne(ref double since, int level, double t, double sustain)
    {
        if (!double.IsNaN(since) && t - since >= sustain - 1e-9 && level > Level)
        {
            Level = level;
        }

        since = double.NaN;
    }
}
