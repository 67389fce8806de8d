using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>Collects findings as detectors decide them; the engine raises the pending ones live after each call.</summary>
internal sealed class FindingSink
{
    private readonly List<HabitEvent> _all = new(256);
    private readonly List<HabitEvent> _pending = new(16);

    public IReadOnlyList<HabitEvent> All => _all;

    public bool HasPending => _pending.Count > 0;

    public void Report(DriveState state, HabitKind kind, Severity severity, double startSeconds, double endSeconds, double measured, double threshold, string unit, string detail)
    {
        var position = new WorldPosition(state.XMetres, state.YMetres, state.ZMetres);
        var speed = state.SpeedAbsMps;
        var age = state.History.AgeAtOrBefore(startSeconds);
        if (age >= 0)
        {
            ref readonly var s = ref state.History.Back(age);
            if (double.IsFinite(s.XMetres))
            {
                position = new WorldPosition(s.XMetres, s.YMetres, s.ZMetres);
            }

            speed = s.SpeedMps;
        }

        var finding = new HabitEvent
        {
            Kind = kind,
            Severity = severity,
            StartSeconds = startSeconds,
            EndSeconds = Math.Max(startSeconds, endSeconds),
            Position = position,
            SpeedMps = (float)speed,
            MeasuredValue = measured,
            Threshold = threshold,
            Unit = unit,
            Detail = detail,
        };
        _all.Add(finding);
        _pending.Add(finding);
    }

    /// <summary>Moves the pending findings into <paramref name="destination"/> (cleared first).</summary>
    public void TakePending(List<HabitEvent> destination)
    {
        destination.Clear();
        destination.AddRange(_pending);
        _pending.Clear();
    }
}
