namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// What the source holds for one writer generation in one mapping: the validated geometry, the two
/// ring readers over it, and pointers to the live header fields. Does not own the mapping: the
/// source drops this before it disposes the <see cref="MappedBlock"/> under it.
/// </summary>
internal sealed unsafe class GenerationReader
{
    private readonly BlockHeader* _header;

    public GenerationReader(MappedBlock block, in BlockGeometry geometry)
    {
        var start = block.Pointer;
        _header = (BlockHeader*)start;
        Geometry = geometry;
        Generation = geometry.WriterGeneration;
        Frames = new RingReader<TelemetryFrame>(start + geometry.FramesOffset, geometry.FrameCapacity, LayoutConstants.FrameSlotSize, &_header->FramesWritten);
        Events = new RingReader<TelemetryEvent>(start + geometry.EventsOffset, geometry.EventCapacity, LayoutConstants.EventSlotSize, &_header->EventsWritten);
        Config = start + geometry.ConfigOffset;
    }

    /// <summary>The generation this reader follows.</summary>
    public ulong Generation { get; }

    /// <summary>The geometry validated for it.</summary>
    public BlockGeometry Geometry { get; }

    /// <summary>The frame ring.</summary>
    public RingReader<TelemetryFrame> Frames { get; }

    /// <summary>The event ring.</summary>
    public RingReader<TelemetryEvent> Events { get; }

    /// <summary>The configuration block.</summary>
    public byte* Config { get; }

    /// <summary><c>writer_generation</c> now (acquire).</summary>
    public ulong LiveGeneration => Volatile.Read(ref _header->WriterGeneration);

    /// <summary><c>state</c> now (acquire).</summary>
    public WriterState LiveState => (WriterState)Volatile.Read(ref _header->State);

    /// <summary><c>heartbeat</c> now.</summary>
    public ulong LiveHeartbeat => Volatile.Read(ref _header->Heartbeat);

    /// <summary>True when either ring holds an item this reader has not passed.</summary>
    public bool HasPending => Frames.HasPending || Events.HasPending;

    /// <summary>Reads who is writing from the header (allocates the strings: once per generation).</summary>
    public WriterInfo ReadWriterInfo()
    {
        ref readonly var h = ref *_header;
        return new WriterInfo(
            Utf8Text.Decode(h.GameId),
            Utf8Text.Decode(h.GameName),
            h.TelemetryApiVersion,
            h.GameSchemaVersion,
            h.PluginVersion,
            unchecked((int)h.WriterPid),
            (TelemetryChannels)h.ChannelsRegistered);
    }
}
