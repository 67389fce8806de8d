using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// One small detector. The engine derives <see cref="DriveState"/> once per frame, then calls each
/// detector's O(1) update in order; a detector that throws is switched off and reported.
/// </summary>
internal interface IHabitDetector
{
    /// <summary>Short name for reports, e.g. "HardBraking".</summary>
    string Name { get; }

    /// <summary>The derived signals it needs; frames without them are counted as uncovered.</summary>
    Signals RequiredSignals { get; }

    /// <summary>Which calls it wants: the engine only dispatches those (most detectors need no paused frames, some no live frames).</summary>
    DetectorHooks Hooks { get; }

    /// <summary>A gameplay or state event, delivered before the frame it belongs to.</summary>
    void OnEvent(in TelemetryEvent telemetryEvent);

    /// <summary>A live (unpaused) frame; the shared state is already updated.</summary>
    void OnFrame();

    /// <summary>A paused frame (values frozen, clock stopped).</summary>
    void OnPausedFrame();

    /// <summary>The drive ended: decide and report open episodes.</summary>
    void Complete();
}
