using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Coaching;

/// <summary>
/// One coached drive: every event and frame a <see cref="TelemetryPump"/> delivers goes to the
/// <see cref="HabitEngine"/> and, when recording, to the <see cref="DriveRecording"/>. Allocates
/// nothing per frame (the engine and the recorder do not either); findings come out through the
/// engine's <see cref="HabitEngine.FindingReported"/>.
/// </summary>
internal sealed class CoachingSession : ITelemetryConsumer
{
    private readonly ITelemetrySource _source;
    private readonly DriveRecording? _recording;

    /// <summary>Coaches what <paramref name="source"/> yields with <paramref name="engine"/>, recording it when <paramref name="recording"/> is given.</summary>
    public CoachingSession(ITelemetrySource source, HabitEngine engine, DriveRecording? recording)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(engine);
        _source = source;
        Engine = engine;
        _recording = recording;
    }

    /// <summary>The habit engine.</summary>
    public HabitEngine Engine { get; }

    /// <summary>Frames delivered.</summary>
    public long Frames { get; private set; }

    /// <summary>The latest frame's game clock (paused simulation time), seconds.</summary>
    public double ClockSeconds { get; private set; }

    /// <summary>The latest frame's speed, m/s (0 when the frame had none).</summary>
    public float SpeedMps { get; private set; }

    /// <inheritdoc />
    public void OnEvent(in TelemetryEvent telemetryEvent)
    {
        Engine.OnEvent(telemetryEvent);
        _recording?.OnEvent(telemetryEvent, _source);
    }

    /// <inheritdoc />
    public void OnFrame(in TelemetryFrame frame)
    {
        Engine.OnFrame(frame);
        _recording?.OnFrame(frame, _source);
        Frames++;
        ClockSeconds = frame.PausedSimulationTimeUs / 1e6;
        SpeedMps = frame.Has(TelemetryChannels.Speed) ? frame.SpeedMps : 0;
    }
}
