using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// Plumbing shared by the detectors; each overrides only what it needs. The engine dispatches through
/// this class rather than <see cref="IHabitDetector"/>: with fifteen detector types an interface call
/// site is megamorphic (virtual stub dispatch, measured ≈ 3–4 ns per call here), a virtual call is a
/// vtable load.
/// </summary>
internal abstract class DetectorBase(DetectorContext context) : IHabitDetector
{
    protected DetectorContext Context { get; } = context;

    protected DriveState S { get; } = context.State;

    protected HabitOptions O { get; } = context.Options;

    protected SharedSignals Shared { get; } = context.Shared;

    public abstract string Name { get; }

    public abstract Signals RequiredSignals { get; }

    public virtual DetectorHooks Hooks => DetectorHooks.Frames | DetectorHooks.Events;

    public virtual void OnEvent(in TelemetryEvent telemetryEvent)
    {
    }

    public abstract void OnFrame();

    public virtual void OnPausedFrame()
    {
    }

    public virtual void Complete()
    {
    }

    /// <summary>Reports a finding; position and speed are taken from the path at <paramref name="startSeconds"/>.</summary>
    protected void Report(HabitKind kind, Severity severity, double startSeconds, double endSeconds, double measured, double threshold, string unit, string detail = "") =>
        Context.Sink.Report(S, kind, severity, startSeconds, endSeconds, measured, threshold, unit, detail);
}
