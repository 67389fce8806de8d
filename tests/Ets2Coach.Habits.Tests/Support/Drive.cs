using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Support;

/// <summary>A built drive: frames and events in stream order, ready to feed to a consumer.</summary>
public sealed class Drive(IReadOnlyList<TelemetryFrame> frames, IReadOnlyList<TelemetryEvent> events, TelemetryConfiguration configuration)
{
    public IReadOnlyList<TelemetryFrame> Frames { get; } = frames;

    public IReadOnlyList<TelemetryEvent> Events { get; } = events;

    public TelemetryConfiguration Configuration { get; } = configuration;

    /// <summary>Feeds everything to <paramref name="consumer"/>, each event before the frame it belongs to.</summary>
    public void Feed(ITelemetryConsumer consumer)
    {
        var e = 0;
        foreach (var frame in Frames)
        {
            while (e < Events.Count && Events[e].FrameNumber <= frame.FrameNumber)
            {
                consumer.OnEvent(Events[e++]);
            }

            consumer.OnFrame(frame);
        }

        while (e < Events.Count)
        {
            consumer.OnEvent(Events[e++]);
        }
    }

    /// <summary>Runs the drive through a new engine and completes it.</summary>
    public HabitEngine Run(HabitOptions? options = null)
    {
        var engine = new HabitEngine(options ?? HabitOptions.Default, () => Configuration);
        Feed(engine);
        engine.Complete();
        return engine;
    }
}
