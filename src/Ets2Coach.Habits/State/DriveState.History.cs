namespace Ets2Coach.Habits.State;

/// <summary>The 10 Hz path history: samples on a fixed time grid, interpolated between frames.</summary>
internal sealed partial class DriveState
{
    private double _previousHistoryX = double.NaN;
    private double _previousHistoryY = double.NaN;
    private double _previousHistoryZ = double.NaN;
    private double _nextGridSeconds;

    private void AppendHistory(double t, bool restart)
    {
        const double step = PathHistory.IntervalSeconds;
        if (restart)
        {
            _nextGridIndex = (long)Math.Ceiling((t / step) - 1e-6);
            _nextGridSeconds = _nextGridIndex * step;
        }

        while (_nextGridIndex * step <= t + 1e-9)
        {
            var g = _nextGridIndex * step;
            var current = new PathSample
            {
                TimeSeconds = t,
                DistanceM = DistanceM,
                XMetres = (Available & Signals.Position) != 0 ? XMetres : double.NaN,
                YMetres = (Available & Signals.Position) != 0 ? YMetres : double.NaN,
                ZMetres = (Available & Signals.Position) != 0 ? ZMetres : double.NaN,
                SpeedMps = SpeedAbsMps,
                HeadingRad = HeadingRad,
            };
            if (restart || !(t > _previousTime))
            {
                current.TimeSeconds = g;
                History.Add(current);
            }
            else
            {
                var before = new PathSample
                {
                    TimeSeconds = _previousTime,
                    DistanceM = _previousDistance,
                    XMetres = _previousHistoryX,
                    YMetres = _previousHistoryY,
                    ZMetres = _previousHistoryZ,
                    SpeedMps = _previousSpeedAbs,
                    HeadingRad = _previousHeadingRad,
                };
                var s = PathHistory.Lerp(before, current, (g - _previousTime) / (t - _previousTime));
                s.TimeSeconds = g;
                History.Add(s);
            }

            _nextGridIndex++;
            _nextGridSeconds = _nextGridIndex * step;
        }
    }

    private void UpdatePreviousHistoryPosition()
    {
        _previousHistoryX = (Available & Signals.Position) != 0 ? XMetres : double.NaN;
        _previousHistoryY = (Available & Signals.Position) != 0 ? YMetres : double.NaN;
        _previousHistoryZ = (Available & Signals.Position) != 0 ? ZMetres : double.NaN;
    }
}
