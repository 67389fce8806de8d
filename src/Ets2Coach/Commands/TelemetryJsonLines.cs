using System.Buffers;
using System.Text;
using System.Text.Json;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Commands;

/// <summary>
/// Writes telemetry as JSON lines: one compact object per frame, per event and for the final
/// summary. Field names follow the frame's fields with their units (<c>speedMps</c>,
/// <c>positionXMetres</c>); a channel whose bit is clear is left out, never written as 0.
/// </summary>
/// <remarks>
/// One <see cref="Utf8JsonWriter"/>, one byte buffer and one char buffer are reused for every
/// record, so a frame costs no allocation; output reaches the <see cref="TextWriter"/> in batches
/// (<see cref="Flush"/>). Non-finite numbers (which JSON cannot hold) are written as null.
/// </remarks>
internal sealed partial class TelemetryJsonLines : ITelemetryConsumer, IDisposable
{
    private const int FlushThresholdBytes = 64 * 1024;

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThresholdBytes * 2);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[FlushThresholdBytes * 2];

    public TelemetryJsonLines(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false, SkipValidation = false });
    }

    /// <summary>Frames written.</summary>
    public long FramesWritten { get; private set; }

    /// <summary>Events written.</summary>
    public long EventsWritten { get; private set; }

    /// <inheritdoc />
    public void OnFrame(in TelemetryFrame frame)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteNumber(s_frameNumber, frame.FrameNumber);
        w.WriteNumber(s_simulationTimeUs, frame.SimulationTimeUs);
        w.WriteNumber(s_renderTimeUs, frame.RenderTimeUs);
        w.WriteNumber(s_pausedSimulationTimeUs, frame.PausedSimulationTimeUs);
        w.WriteNumber(s_eventsPublished, frame.EventsPublished);
        w.WriteNumber(s_channelsPresent, (ulong)frame.ChannelsPresent);
        w.WriteBoolean(s_paused, (frame.State & FrameState.Paused) != 0);
        w.WriteBoolean(s_timerRestart, (frame.State & FrameState.TimerRestart) != 0);
        WriteChannels(w, in frame);
        WriteSwitches(w, in frame);
        w.WriteEndObject();
        EndRecord();
        FramesWritten++;
    }

    /// <inheritdoc />
    public void OnEvent(in TelemetryEvent telemetryEvent)
    {
        var w = _json;
        w.WriteStartObject();
        WriteEventHeader(w, in telemetryEvent);
        WritePayload(w, in telemetryEvent);
        w.WriteEndObject();
        EndRecord();
        EventsWritten++;
    }

    /// <summary>The final <c>{"summary": {…}}</c> object.</summary>
    public void WriteSummary(TelemetrySourceStatus status, string location)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteStartObject("summary");
        w.WriteNumber("framesRead", status.FramesRead);
        w.WriteNumber("framesLost", status.FramesLost);
        w.WriteNumber("framesTorn", status.FramesTorn);
        w.WriteNumber("eventsRead", status.EventsRead);
        w.WriteNumber("eventsLost", status.EventsLost);
        w.WriteNumber("eventsTorn", status.EventsTorn);
        w.WriteNumber("writerRestarts", status.WriterRestarts);
        w.WriteNumber("writerErrors", status.WriterErrors);
        w.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(status.State.ToString()));
        if (status.Error is { } error)
        {
            w.WriteString("error", error);
        }

        w.WriteNumber("writerGeneration", status.WriterGeneration);
        w.WriteString("location", location);
        if (status.Writer is { } writer)
        {
            w.WriteString("game", writer.GameId);
            w.WriteString("gameName", writer.GameName);
            w.WriteString("gameSchema", WriterInfo.FormatVersion(writer.GameSchemaVersion));
            w.WriteString("telemetryApi", WriterInfo.FormatVersion(writer.TelemetryApiVersion));
            w.WriteString("plugin", WriterInfo.FormatVersion(writer.PluginVersion));
            w.WriteNumber("writerPid", writer.WriterProcessId);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        EndRecord();
        Flush();
    }

    /// <summary>Hands what is buffered to the output.</summary>
    public void Flush()
    {
        var bytes = _buffer.WrittenSpan;
        if (bytes.IsEmpty)
        {
            return;
        }

        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            _chars = new char[needed];
        }

        var count = Encoding.UTF8.GetChars(bytes, _chars);
        _output.Write(_chars, 0, count);
        _output.Flush();
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();

    private void EndRecord()
    {
        // One record per line: finish the object, add the newline, start the next top-level value.
        _json.Flush();
        "\n"u8.CopyTo(_buffer.GetSpan(1));
        _buffer.Advance(1);
        _json.Reset(_buffer);
        if (_buffer.WrittenCount >= FlushThresholdBytes)
        {
            Flush();
        }
    }

    private static void Number(Utf8JsonWriter w, JsonEncodedText name, float value)
    {
        if (float.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, JsonEncodedText name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
