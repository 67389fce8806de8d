using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// One chunk in memory: the frames, events and configuration changes of about one second, in
/// stream order. The recorder fills one on the caller's thread and hands it to the writer; the
/// reader decodes into one and reuses it. Positions say how many of the chunk's frames came before
/// an event or configuration change, which restores the exact interleaving.
/// </summary>
internal sealed class ChunkData
{
    private TelemetryFrame[] _frames;
    private TelemetryEvent[] _events;
    private ushort[] _eventPositions;

    /// <summary>Creates a chunk with room for the given numbers of frames, events and configuration changes.</summary>
    public ChunkData(int frameCapacity, int eventCapacity, int configurationCapacity = 0)
    {
        Configurations = new(configurationCapacity);
        _frames = new TelemetryFrame[frameCapacity];
        _events = new TelemetryEvent[eventCapacity];
        _eventPositions = new ushort[eventCapacity];
    }

    /// <summary>0, 1, 2, … in file order.</summary>
    public uint Index { get; set; }

    /// <summary>Drive time of the first frame, µs since the first frame of the recording.</summary>
    public long DriveStartUs { get; set; }

    /// <summary>Drive time of the last frame, µs.</summary>
    public long DriveEndUs { get; set; }

    /// <summary>Frames held.</summary>
    public int FrameCount { get; set; }

    /// <summary>Events held.</summary>
    public int EventCount { get; set; }

    /// <summary>Configuration changes and the frame position each came before.</summary>
    public List<(int Position, TelemetryConfiguration Configuration)> Configurations { get; }

    /// <summary>Frame capacity.</summary>
    public int FrameCapacity => _frames.Length;

    /// <summary>Event capacity.</summary>
    public int EventCapacity => _events.Length;

    /// <summary>The frames held.</summary>
    public Span<TelemetryFrame> Frames => _frames.AsSpan(0, FrameCount);

    /// <summary>The events held.</summary>
    public Span<TelemetryEvent> Events => _events.AsSpan(0, EventCount);

    /// <summary>For each event, the number of the chunk's frames that came before it.</summary>
    public Span<ushort> EventPositions => _eventPositions.AsSpan(0, EventCount);

    /// <summary>Appends a frame (caller checks capacity).</summary>
    public void AddFrame(in TelemetryFrame frame) => _frames[FrameCount++] = frame;

    /// <summary>Appends an event before the next frame (caller checks capacity).</summary>
    public void AddEvent(in TelemetryEvent telemetryEvent)
    {
        _events[EventCount] = telemetryEvent;
        _eventPositions[EventCount] = (ushort)FrameCount;
        EventCount++;
    }

    /// <summary>Empties the chunk, keeping its buffers.</summary>
    public void Clear()
    {
        FrameCount = 0;
        EventCount = 0;
        Configurations.Clear();
        DriveStartUs = 0;
        DriveEndUs = 0;
    }

    /// <summary>Empties the chunk and makes room for at least the given counts (the reader's path).</summary>
    public void Reset(int frameCount, int eventCount)
    {
        Clear();
        if (_frames.Length < frameCount)
        {
            _frames = new TelemetryFrame[Math.Max(frameCount, _frames.Length * 2)];
        }

        if (_events.Length < eventCount)
        {
            var size = Math.Max(eventCount, _events.Length * 2);
            _events = new TelemetryEvent[size];
            _eventPositions = new ushort[size];
        }

        FrameCount = frameCount;
        EventCount = eventCount;
    }
}
