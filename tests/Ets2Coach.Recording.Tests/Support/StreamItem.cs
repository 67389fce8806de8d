using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Support;

/// <summary>One item of a telemetry stream, in the order a consumer saw it.</summary>
internal readonly record struct StreamItem(StreamItemKind Kind, TelemetryFrame Frame, TelemetryEvent Event, TelemetryConfiguration? Configuration)
{
    public static StreamItem Of(in TelemetryFrame frame) => new(StreamItemKind.Frame, frame, default, null);

    public static StreamItem Of(in TelemetryEvent telemetryEvent) => new(StreamItemKind.Event, default, telemetryEvent, null);

    public static StreamItem Of(TelemetryConfiguration configuration) => new(StreamItemKind.Configuration, default, default, configuration);
}

internal enum StreamItemKind
{
    Frame,
    Event,
    Configuration,
}
