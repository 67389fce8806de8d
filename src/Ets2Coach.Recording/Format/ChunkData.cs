using System.Buffers;
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

    private readonly bool _pooled;

    /// <summary>Creates a chunk with room for the given numbers of frames, events and configuration changes.</summary>
    /// <param name="frameCapacity">Frames it holds.</param>
    /// <param name="eventCapacity">Events it holds.</param>
    /// <param name="configurationCapacity">Configuration changes it holds without growing its list.</param>
    /// <param name="pooled">
    /// Rent the arrays from <see cref="ArrayPool{T}.Shared"/> (and when <see cref="Reset"/> grows them);
    /// <see cref="ReturnBuffers"/> gives them back. For readers, which come and go with the files.
    /// </param>
    public ChunkData(int frameCapacity, int eventCapacity, int configurationCapacity = 0, bool pooled = false)
    {
        _pooled = pooled;
        Configurations = new(configurationCapacity);
        _frames = Allocate<TelemetryFrame>(frameCapacity);
        _events = Allocate<TelemetryEvent>(eventCapacity);
        _eventPositions = Allocate<ushort>(eventCapacity);
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
            Release(_frames);
            _frames = Allocate<TelemetryFrame>(Math.Max(frameCount, _frames.Length * 2));
        }

        if (_events.Length < eventCount)
        {
            var size = Math.Max(eventCount, _events.Length * 2);
            Release(_events);
            Release(_eventPositions);
            _events = Allocate<TelemetryEvent>(size);
            _eventPositions = Allocate<ushort>(size);
        }

        FrameCount = frameCount;
        EventCount = eventCount;
    }

    /// <summary>Gives pooled arrays back (the chunk is empty and unusable afterwards).</summary>
    public void ReturnBuffers()
    {
        Clear();
        if (_pooled)
        {
            Release(_frames);
            Release(_events);
            Release(_eventPositions);
        }

        _frames = [];
        _events = [];
        _eventPositions = [];
    }

    private T[] Allocate<T>(int length) => _pooled ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    private void Release<T>(T[] array)
    {
        if (_pooled && array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
