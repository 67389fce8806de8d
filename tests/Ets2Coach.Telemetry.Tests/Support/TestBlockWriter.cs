using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;

namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>
/// A managed stand-in for the plugin's writer: creates a block file with the exact layout of
/// <c>docs/shared-memory-protocol.md</c> (in a temp file or <c>/dev/shm/&lt;name&gt;</c>) and publishes
/// frames, events and configuration with the writer side of the ring protocol, so the reader can
/// be tested without the native plugin.
/// </summary>
/// <remarks>
/// Every offset here is written out from the doc on purpose, independently of the reader's
/// internal mirror types: a mistake in either shows up as a failing round trip.
/// Single writer: call the publishing methods from one thread at a time.
/// </remarks>
public sealed unsafe class TestBlockWriter : IDisposable
{
    public const ulong Magic = 0x4D454C4554433245;
    public const int HeaderSize = 512;
    public const int FrameSlotSize = 320;
    public const int EventSlotSize = 256;
    public const int ConfigSize = 6144;
    public const uint StateInitializing = 0;
    public const uint StateRunning = 1;
    public const uint StateClosed = 2;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly bool _deleteOnDispose;
    private byte* _block;

    private TestBlockWriter(string path, MemoryMappedFile file, MemoryMappedViewAccessor view, long length, int frameCapacity, int eventCapacity, bool deleteOnDispose)
    {
        Path = path;
        _file = file;
        _view = view;
        _deleteOnDispose = deleteOnDispose;
        Length = length;
        FrameCapacity = frameCapacity;
        EventCapacity = eventCapacity;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _block = pointer + view.PointerOffset;
    }

    /// <summary>Header field offsets (e2c_header).</summary>
    public static class At
    {
        public const int Magic = 0, LayoutVersion = 8, HeaderSize = 12, TotalSize = 16, FramesOffset = 24, EventsOffset = 32,
            ConfigOffset = 40, FrameSlotSize = 48, FrameCapacity = 52, EventSlotSize = 56, EventCapacity = 60, ConfigSize = 64,
            State = 68, WriterGeneration = 72, TelemetryApiVersion = 80, GameSchemaVersion = 84, GameId = 88, GameName = 104,
            PluginVersion = 168, WriterPid = 172, ChannelsRegistered = 176, StartedUnixMs = 184, FramesWritten = 256,
            Heartbeat = 264, EventsWritten = 384;
    }

    /// <summary>Configuration block offsets (e2c_config and its groups).</summary>
    public static class ConfigAt
    {
        public const int Seq = 0, Generations = 8, GroupsPresent = 136, ShifterType = 140, Truck = 160, Trailers = 448,
            TrailerSize = 328, Job = 3728;

        // e2c_config_truck, relative to Truck.
        public const int TruckBrandId = 0, TruckBrand = 32, TruckId = 80, TruckName = 128, TruckLicensePlate = 192,
            TruckLicensePlateCountryId = 224, TruckFuelCapacity = 256, TruckRpmLimit = 260, TruckGearsForward = 264,
            TruckGearsReverse = 268, TruckRetarderSteps = 272, TruckWheelCount = 276, TruckAttributes = 280;

        // e2c_config_trailer, relative to the trailer.
        public const int TrailerId = 0, TrailerCargoAccessoryId = 64, TrailerBrandId = 128, TrailerName = 160, TrailerBodyType = 224,
            TrailerChainType = 256, TrailerLicensePlate = 288, TrailerWheelCount = 320, TrailerAttributes = 324;

        // e2c_config_job, relative to Job.
        public const int JobCargoId = 0, JobCargo = 48, JobSourceCityId = 112, JobSourceCity = 144, JobSourceCompanyId = 192,
            JobSourceCompany = 224, JobDestinationCityId = 272, JobDestinationCity = 304, JobDestinationCompanyId = 352,
            JobDestinationCompany = 384, JobMarket = 432, JobIncome = 464, JobCargoMass = 472, JobCargoUnitMass = 476,
            JobCargoUnitCount = 480, JobDeliveryTime = 484, JobPlannedDistance = 488, JobCargoLoaded = 492, JobIsSpecial = 493,
            JobAttributes = 496;
    }

    /// <summary>Edits the configuration block (6,144 bytes) while its seqlock is odd.</summary>
    public delegate void ConfigEdit(Span<byte> config);

    public string Path { get; }

    public long Length { get; }

    public int FrameCapacity { get; }

    public int EventCapacity { get; }

    public ulong Generation { get; private set; }

    public ulong FramesWritten { get; private set; }

    public ulong EventsWritten { get; private set; }

    public const long FramesOffset = HeaderSize;

    public long EventsOffset => FramesOffset + ((long)FrameCapacity * FrameSlotSize);

    public long ConfigOffset => EventsOffset + ((long)EventCapacity * EventSlotSize);

    /// <summary>A name no other test (or process) uses.</summary>
    public static string UniqueName(string prefix = "e2c-test") => $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>The POSIX shared-memory file of a name.</summary>
    public static string ShmPath(string name) => "/dev/shm/" + name;

    /// <summary>A fresh path in the temp folder.</summary>
    public static string TempPath() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), UniqueName() + ".e2c");

    /// <summary>Bytes of a block with these capacities, rounded up to 4,096 as the plugin does.</summary>
    public static long TotalSize(int frameCapacity, int eventCapacity) =>
        (HeaderSize + ((long)frameCapacity * FrameSlotSize) + ((long)eventCapacity * EventSlotSize) + ConfigSize + 4095) & ~4095L;

    /// <summary>Creates (or replaces) a block file and initialises it like <c>scs_telemetry_init</c>.</summary>
    public static TestBlockWriter Create(string path, int frameCapacity = 64, int eventCapacity = 16, ulong generation = 1, uint state = StateRunning, bool deleteOnDispose = true)
    {
        var length = TotalSize(frameCapacity, eventCapacity);
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        stream.SetLength(length);
        var file = MemoryMappedFile.CreateFromFile(stream, null, length, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: false);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
        var writer = new TestBlockWriter(path, file, view, length, frameCapacity, eventCapacity, deleteOnDispose);
        writer.Initialize(generation, state);
        return writer;
    }

    /// <summary>Creates a block under a POSIX shared-memory name (Linux).</summary>
    public static TestBlockWriter CreateShm(string name, int frameCapacity = 64, int eventCapacity = 16, ulong generation = 1, uint state = StateRunning) =>
        Create(ShmPath(name), frameCapacity, eventCapacity, generation, state);

    /// <summary>Writes a raw file (hostile or truncated blocks).</summary>
    public static void WriteRawFile(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Write(bytes);
    }

    /// <summary>
    /// What <c>scs_telemetry_init</c> does: INITIALIZING, geometry, a new generation, identity,
    /// zeroed rings and counters, then <paramref name="state"/> with release semantics.
    /// </summary>
    public void Initialize(ulong generation, uint state = StateRunning)
    {
        Volatile.Write(ref U32(At.State), StateInitializing);
        Interlocked.MemoryBarrier();
        U64(At.Magic) = Magic;
        U32(At.LayoutVersion) = 1;
        U32(At.HeaderSize) = HeaderSize;
        U64(At.TotalSize) = (ulong)Length;
        U64(At.FramesOffset) = (ulong)FramesOffset;
        U64(At.EventsOffset) = (ulong)EventsOffset;
        U64(At.ConfigOffset) = (ulong)ConfigOffset;
        U32(At.FrameSlotSize) = FrameSlotSize;
        U32(At.FrameCapacity) = (uint)FrameCapacity;
        U32(At.EventSlotSize) = EventSlotSize;
        U32(At.EventCapacity) = (uint)EventCapacity;
        U32(At.ConfigSize) = ConfigSize;
        Volatile.Write(ref U64(At.WriterGeneration), generation);
        Interlocked.MemoryBarrier();
        U32(At.TelemetryApiVersion) = 0x00010001;
        U32(At.GameSchemaVersion) = 0x00010012;
        PutText(Span(At.GameId, 16), "eut2");
        PutText(Span(At.GameName, 64), "Euro Truck Simulator 2");
        U32(At.PluginVersion) = 0x00000001;
        U32(At.WriterPid) = (uint)Environment.ProcessId;
        U64(At.ChannelsRegistered) = (ulong)TelemetryChannels.All;
        U64(At.StartedUnixMs) = 1_700_000_000_000;
        Span(HeaderSize, (int)(Length - HeaderSize)).Clear();
        Volatile.Write(ref U64(At.FramesWritten), 0);
        Volatile.Write(ref U64(At.EventsWritten), 0);
        Volatile.Write(ref U64(At.Heartbeat), 0);
        Generation = generation;
        FramesWritten = 0;
        EventsWritten = 0;
        Volatile.Write(ref U32(At.State), state);
    }

    /// <summary>Publishes frame <c>n = FramesWritten + 1</c> (renumbered unless <paramref name="renumber"/> is false).</summary>
    public ulong PublishFrame(TelemetryFrame frame, bool renumber = true)
    {
        var n = FramesWritten + 1;
        if (renumber)
        {
            frame = frame with { FrameNumber = n, EventsPublished = EventsWritten };
        }

        var slot = _block + FramesOffset + ((long)(n & (ulong)(FrameCapacity - 1)) * FrameSlotSize);
        Publish(slot, n, ref U64(At.FramesWritten), frame);
        FramesWritten = n;
        BumpHeartbeat();
        return n;
    }

    /// <summary>Publishes event <c>n = EventsWritten + 1</c>, belonging to the frame in progress (FramesWritten + 1).</summary>
    public ulong PublishEvent(TelemetryEvent telemetryEvent)
    {
        var n = EventsWritten + 1;
        var slot = _block + EventsOffset + ((long)(n & (ulong)(EventCapacity - 1)) * EventSlotSize);
        Publish(slot, n, ref U64(At.EventsWritten), telemetryEvent.WithNumbers(n, FramesWritten + 1));
        EventsWritten = n;
        return n;
    }

    /// <summary>Updates the configuration block under its seqlock.</summary>
    public void UpdateConfiguration(ConfigEdit edit)
    {
        ref var seq = ref U64(ConfigOffset + ConfigAt.Seq);
        var before = seq;
        Volatile.Write(ref seq, before + 1);
        Interlocked.MemoryBarrier();
        edit(Span(ConfigOffset, ConfigSize));
        Volatile.Write(ref seq, before + 2);
    }

    /// <summary>Every game callback bumps the heartbeat.</summary>
    public void BumpHeartbeat() => Volatile.Write(ref U64(At.Heartbeat), U64(At.Heartbeat) + 1);

    /// <summary>Stores a state (CLOSED at <c>scs_telemetry_shutdown</c>).</summary>
    public void SetState(uint state) => Volatile.Write(ref U32(At.State), state);

    /// <summary>Removes the name; the mapping stays valid (Linux shutdown).</summary>
    public void Unlink() => File.Delete(Path);

    /// <summary>Overwrites a u32 header or block field (hostile tests).</summary>
    public void PokeU32(long offset, uint value) => Volatile.Write(ref U32(offset), value);

    /// <summary>Overwrites a u64 header or block field (hostile tests).</summary>
    public void PokeU64(long offset, ulong value) => Volatile.Write(ref U64(offset), value);

    /// <summary>Reads a u64 of the block.</summary>
    public ulong PeekU64(long offset) => Volatile.Read(ref U64(offset));

    /// <summary>Offset of frame slot <paramref name="n"/>'s seq.</summary>
    public long FrameSlotOffset(ulong n) => FramesOffset + ((long)(n & (ulong)(FrameCapacity - 1)) * FrameSlotSize);

    public void Dispose()
    {
        if (_block == null)
        {
            return;
        }

        _block = null;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
        if (_deleteOnDispose)
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
                // Already replaced or removed by the test.
            }
        }
    }

    /// <summary>Writes NUL-terminated UTF-8 into a fixed field.</summary>
    public static void PutText(Span<byte> field, string text)
    {
        field.Clear();
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes.AsSpan(0, Math.Min(bytes.Length, field.Length - 1)).CopyTo(field);
    }

    public static void PutU32(Span<byte> block, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(block[offset..], value);

    public static void PutU64(Span<byte> block, int offset, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(block[offset..], value);

    public static void PutF32(Span<byte> block, int offset, float value) => BinaryPrimitives.WriteSingleLittleEndian(block[offset..], value);

    // The writer side of the ring protocol (docs/shared-memory-protocol.md).
    private static void Publish<T>(byte* slot, ulong n, ref ulong written, in T payload)
        where T : unmanaged
    {
        ref var seq = ref *(ulong*)slot;
        Volatile.Write(ref seq, (2 * n) + 1);       // slot being written
        Interlocked.MemoryBarrier();                // the odd seq before any payload store
        *(T*)(slot + 8) = payload;                  // plain stores
        Volatile.Write(ref seq, 2 * n);             // payload complete (release)
        Volatile.Write(ref written, n);             // ring.written = n (release)
    }

    private ref uint U32(long offset) => ref *(uint*)(_block + offset);

    private ref ulong U64(long offset) => ref *(ulong*)(_block + offset);

    private Span<byte> Span(long offset, int length) => new(_block + offset, length);

    /// <summary>A frame every byte of which is a function of <paramref name="frameNumber"/> (torn-read tests).</summary>
    public static TelemetryFrame InvariantFrame(ulong frameNumber)
    {
        var frame = default(TelemetryFrame);
        var words = MemoryMarshal.Cast<byte, ulong>(MemoryMarshal.AsBytes(new Span<TelemetryFrame>(ref frame)));
        words[0] = frameNumber;
        for (var i = 1; i < words.Length; i++)
        {
            words[i] = (frameNumber * 0x9E3779B97F4A7C15UL) ^ (ulong)i;
        }

        return frame;
    }

    /// <summary>True when every byte of <paramref name="frame"/> is what <see cref="InvariantFrame"/> wrote for its number.</summary>
    public static bool SatisfiesInvariant(in TelemetryFrame frame)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in frame)));
        var n = words[0];
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] != ((n * 0x9E3779B97F4A7C15UL) ^ (ulong)i))
            {
                return false;
            }
        }

        return true;
    }
}
