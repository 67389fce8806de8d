namespace Ets2Coach.Habits.State;

/// <summary>The 10 Hz path history: samples on a fixed time grid, interpolated between frames.</summary>
internal sealed partial class DriveState
{
    private double _previousHistoryX = double.NaN;
    private double _previousHistoryY = double.NaN;
    private double _previousHistoryZ = double.NaN;
    private long _nextGridIndex;
    private double _nextGridSeconds;

    private void AppendHistory(double t, bool restart)
    {
        const double step = PathHistory.IntervalSeconds;
        if (restart)
        {
            _nextGridIndex = (long)Math.Ceiling((t / step) - 1e-6);
            _nextGridSeconds = _nextGridIndex * step;
        }

        // This frame and the one before (as last recorded); every grid point passed lies between them.
        var hasPosition = (Available & Signals.Position) != 0;
        var current = new PathSample
        {
            TimeSeconds = t,
            DistanceM = DistanceM,
            XMetres = hasPosition ? XMetres : double.NaN,
            YMetres = hasPosition ? YMetres : double.NaN,
            ZMetres = hasPosition ? ZMetres : double.NaN,
            SpeedMps = SpeedAbsMps,
            HeadingRad = HeadingRad,
        };
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
        var interpolate = !restart && t > _previousTime;
        while (_nextGridIndex * step <= t + 1e-9)
        {
            var g = _nextGridIndex * step;
            var sample = interpolate ? PathHistory.Lerp(before, current, (g - _previousTime) / (t - _previousTime)) : current;
            sample.TimeSeconds = g;
            History.Add(sample);
            _nextGridIndex++;
            _nextGridSeconds = _nextGridIndex * step;
        }
    }

    private void UpdatePreviousHistoryPosition()
    {
        var hasPosition = (Available & Signals.Position) != 0;
        _previousHistoryX = hasPosition ? XMetres : double.NaN;
        _previousHistoryY = hasPosition ? YMetres : double.NaN;
        _previousHistoryZ = hasPosition ? ZMetres : double.NaN;
    }
}
