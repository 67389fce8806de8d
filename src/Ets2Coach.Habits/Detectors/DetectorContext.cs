using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Detectors;

/// <summary>What every detector is built with: options, the shared per-frame state, where findings go, and the shared logs.</summary>
internal sealed class DetectorContext(HabitOptions options, DriveState state, FindingSink sink, SharedSignals shared)
{
    public HabitOptions Options { get; } = options;

    public DriveState State { get; } = state;

    public FindingSink Sink { get; } = sink;

    public SharedSignals Shared { get; } = shared;
}
