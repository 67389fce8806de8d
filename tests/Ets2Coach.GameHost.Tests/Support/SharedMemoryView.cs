using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Text;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests.Support;

/// <summary>
/// A read-only map of the plugin's block (<c>/dev/shm/&lt;name&gt;</c>) with just enough of the
/// protocol for tests that run the plugin on their own thread: no concurrent writer, so a slot's
/// sequence is checked once. Offsets are those of docs/shared-memory-protocol.md.
/// </summary>
internal sealed unsafe class SharedMemoryView : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _base;

    private SharedMemoryView(MemoryMappedFile file, MemoryMappedViewAccessor view)
    {
        _file = file;
        _view = view;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref _base);
        _base += view.PointerOffset;
    }

    public static string PathOf(string name) => Path.Combine("/dev/shm", name);

    public static SharedMemoryView Open(string name)
    {
        var file = MemoryMappedFile.CreateFromFile(PathOf(name), FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        return new SharedMemoryView(file, file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read));
    }

    public ulong Magic => Read<ulong>(0);

    public uint State => Read<uint>(68);

    public ulong Generation => Read<ulong>(72);

    public uint TelemetryApiVersion => Read<uint>(80);

    public uint GameSchemaVersion => Read<uint>(84);

    public string GameId => Text(88, 16);

    public string GameName => Text(104, 64);

    public TelemetryChannels ChannelsRegistered => (TelemetryChannels)Read<ulong>(176);

    public ulong FramesWritten => Read<ulong>(256);

    public ulong EventsWritten => Read<ulong>(384);

    public uint FrameCapacity => Read<uint>(52);

    private long FramesOffset => (long)Read<ulong>(24);

    private long EventsOffset => (long)Read<ulong>(32);

    private long ConfigOffset => (long)Read<ulong>(40);

    private uint EventCapacity => Read<uint>(60);

    public TelemetryFrame LatestFrame => Frame(FramesWritten);

    public TelemetryFrame Frame(ulong number)
    {
        var slot = FramesOffset + ((long)(number & (FrameCapacity - 1)) * 320);
        Assert.Equal(2 * number, Read<ulong>(slot));
        return Read<TelemetryFrame>(slot + 8);
    }

    public IReadOnlyList<TelemetryFrame> Frames(ulong from)
    {
        var frames = new List<TelemetryFrame>();
        for (var n = from; n <= FramesWritten; n++)
        {
            frames.Add(Frame(n));
        }

        return frames;
    }

    public IReadOnlyList<TelemetryEvent> Events(ulong from = 1)
    {
        var events = new List<TelemetryEvent>();
        for (var n = from; n <= EventsWritten; n++)
        {
            var slot = EventsOffset + ((long)(n & (EventCapacity - 1)) * 256);
            Assert.Equal(2 * n, Read<ulong>(slot));
            events.Add(Read<TelemetryEvent>(slot + 8));
        }

        return events;
    }

    public ulong ConfigurationGeneration(ConfigurationGroup group) => Read<ulong>(ConfigOffset + 8 + (8 * (int)group));

    /// <summary>Decodes the configuration block like a reader would (attributes the game did not send are null).</summary>
    public TelemetryConfiguration Configuration()
    {
        var c = ConfigOffset;
        var groups = Read<uint>(c + 136);
        bool Present(int group) => (groups & (1u << group)) != 0;
        var trailers = new List<TrailerConfiguration>();
        for (var n = 0; n < 10; n++)
        {
            if (Present((int)ConfigurationGroup.Trailer0 + n))
            {
                trailers.Add(Trailer(c + 448 + (n * 328), n));
            }
        }

        return new TelemetryConfiguration
        {
            ShifterType = Present((int)ConfigurationGroup.Controls) ? Text(c + 140, 16) : null,
            Truck = Present((int)ConfigurationGroup.Truck) ? Truck(c + 160) : null,
            Trailers = trailers,
            Job = Present((int)ConfigurationGroup.Job) ? Job(c + 3728) : null,
        };
    }

    public void Dispose()
    {
        if (_base is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _base = null;
        }

        _view.Dispose();
        _file.Dispose();
    }

    private TruckConfiguration Truck(long t)
    {
        var bits = Read<uint>(t + 280);
        bool Has(int bit) => (bits & (1u << bit)) != 0;
        return new TruckConfiguration
        {
            BrandId = Has(0) ? Text(t + 0, 32) : null,
            Brand = Has(1) ? Text(t + 32, 48) : null,
            Id = Has(2) ? Text(t + 80, 48) : null,
            Name = Has(3) ? Text(t + 128, 64) : null,
            LicensePlate = Has(4) ? Text(t + 192, 32) : null,
            LicensePlateCountryId = Has(5) ? Text(t + 224, 32) : null,
            FuelCapacityL = Has(6) ? Read<float>(t + 256) : null,
            RpmLimit = Has(7) ? Read<float>(t + 260) : null,
            GearsForward = Has(8) ? Read<uint>(t + 264) : null,
            GearsReverse = Has(9) ? Read<uint>(t + 268) : null,
            RetarderSteps = Has(10) ? Read<uint>(t + 272) : null,
            WheelCount = Has(11) ? Read<uint>(t + 276) : null,
        };
    }

    private TrailerConfiguration Trailer(long t, int index)
    {
        var bits = Read<uint>(t + 324);
        bool Has(int bit) => (bits & (1u << bit)) != 0;
        return new TrailerConfiguration
        {
            Index = index,
            Id = Has(0) ? Text(t + 0, 64) : null,
            CargoAccessoryId = Has(1) ? Text(t + 64, 64) : null,
            BrandId = Has(2) ? Text(t + 128, 32) : null,
            Name = Has(3) ? Text(t + 160, 64) : null,
            BodyType = Has(4) ? Text(t + 224, 32) : null,
            ChainType = Has(5) ? Text(t + 256, 32) : null,
            LicensePlate = Has(6) ? Text(t + 288, 32) : null,
            WheelCount = Has(7) ? Read<uint>(t + 320) : null,
        };
    }

    private JobConfiguration Job(long j)
    {
        var bits = Read<uint>(j + 496);
        bool Has(int bit) => (bits & (1u << bit)) != 0;
        return new JobConfiguration
        {
            CargoId = Has(0) ? Text(j + 0, 48) : null,
            Cargo = Has(1) ? Text(j + 48, 64) : null,
            SourceCityId = Has(2) ? Text(j + 112, 32) : null,
            SourceCity = Has(3) ? Text(j + 144, 48) : null,
            SourceCompanyId = Has(4) ? Text(j + 192, 32) : null,
            SourceCompany = Has(5) ? Text(j + 224, 48) : null,
            DestinationCityId = Has(6) ? Text(j + 272, 32) : null,
            DestinationCity = Has(7) ? Text(j + 304, 48) : null,
            DestinationCompanyId = Has(8) ? Text(j + 352, 32) : null,
            DestinationCompany = Has(9) ? Text(j + 384, 48) : null,
            JobMarket = Has(10) ? Text(j + 432, 32) : null,
            Income = Has(11) ? Read<ulong>(j + 464) : null,
            CargoMassKg = Has(12) ? Read<float>(j + 472) : null,
            CargoUnitMassKg = Has(13) ? Read<float>(j + 476) : null,
            CargoUnitCount = Has(14) ? Read<uint>(j + 480) : null,
            DeliveryTimeMinutes = Has(15) ? Read<uint>(j + 484) : null,
            PlannedDistanceKm = Has(16) ? Read<uint>(j + 488) : null,
            CargoLoaded = Has(17) ? Read<byte>(j + 492) != 0 : null,
            IsSpecialJob = Has(18) ? Read<byte>(j + 493) != 0 : null,
        };
    }

    private T Read<T>(long offset)
        where T : unmanaged => Unsafe.ReadUnaligned<T>(_base + offset);

    private string Text(long offset, int length)
    {
        var span = new ReadOnlySpan<byte>(_base + offset, length);
        var end = span.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
    }
}
