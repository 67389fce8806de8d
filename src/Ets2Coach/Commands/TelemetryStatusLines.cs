using System.Globalization;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Commands;

/// <summary>The human-readable mode of <c>ets2coach telemetry</c>: one short line per second.</summary>
internal sealed class TelemetryStatusLines(TextWriter output) : ITelemetryConsumer
{
    private TelemetryFrame _latest;
    private long _framesSinceLine;
    private long _frames;
    private long _events;

    /// <summary>Frames seen.</summary>
    public long Frames => _frames;

    /// <summary>Events seen.</summary>
    public long Events => _events;

    /// <inheritdoc />
    public void OnFrame(in TelemetryFrame frame)
    {
        _latest = frame;
        _frames++;
        _framesSinceLine++;
    }

    /// <inheritdoc />
    public void OnEvent(in TelemetryEvent telemetryEvent) => _events++;

    /// <summary>Writes the line for the second that just ended (or, when <paramref name="total"/>, the closing line).</summary>
    public void WriteLine(TelemetrySourceStatus status, TimeSpan elapsed, TimeSpan sinceLastLine, bool total = false)
    {
        var span = total ? elapsed : sinceLastLine;
        var frames = total ? _frames : _framesSinceLine;
        var perSecond = span > TimeSpan.Zero ? frames / span.TotalSeconds : 0;
        _framesSinceLine = 0;
        var when = total ? string.Create(CultureInfo.InvariantCulture, $"total {elapsed.TotalSeconds:0.0} s") : string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds,6:0.0} s");
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{when}  {Describe(status.State),-13} {Game(status.Writer)}  frames {_frames} ({perSecond:0}/s, lost {status.FramesLost}, torn {status.FramesTorn})  events {_events}{Vehicle()}");
        output.WriteLine(line);
        output.Flush();
    }

    private static string Describe(TelemetrySourceState state) => state switch
    {
        TelemetrySourceState.WaitingForGame => "waiting",
        TelemetrySourceState.Connected => "connected",
        TelemetrySourceState.WriterDead => "game-hung",
        TelemetrySourceState.WriterClosed => "plugin-closed",
        TelemetrySourceState.Faulted => "faulted",
        _ => state.ToString(),
    };

    private static string Game(WriterInfo? writer) => writer is null
        ? "no game"
        : $"{writer.GameId} (schema {WriterInfo.FormatVersion(writer.GameSchemaVersion)}, plugin {WriterInfo.FormatVersion(writer.PluginVersion)})";

    private string Vehicle()
    {
        if (_frames == 0)
        {
            return "";
        }

        var f = _latest;
        var speed = f.Has(TelemetryChannels.Speed) ? string.Create(CultureInfo.InvariantCulture, $"  speed {f.SpeedMps * 3.6f:0.0} km/h") : "";
        var gear = f.Has(TelemetryChannels.DisplayedGear) ? string.Create(CultureInfo.InvariantCulture, $"  gear {f.DisplayedGear}") : "";
        var rpm = f.Has(TelemetryChannels.EngineRpm) ? string.Create(CultureInfo.InvariantCulture, $"  rpm {f.EngineRpm:0}") : "";
        return speed + gear + rpm + (f.IsPaused ? "  paused" : "");
    }
}
