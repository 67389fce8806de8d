using System.Numerics;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>A test block writer, a reader over the same file and a manual clock, disposed together.</summary>
public sealed class ReaderFixture : IDisposable
{
    private ReaderFixture(string path, TestBlockWriter? writer, ManualTimeProvider time)
    {
        Path = path;
        Writer = writer;
        Time = time;
        Source = new SharedMemoryTelemetrySource(path, Options(time));
    }

    public string Path { get; }

    public TestBlockWriter? Writer { get; private set; }

    public ManualTimeProvider Time { get; }

    public SharedMemoryTelemetrySource Source { get; }

    public TestBlockWriter W => Writer ?? throw new InvalidOperationException("No writer yet.");

    public static SharedMemoryTelemetrySourceOptions Options(TimeProvider time) => new()
    {
        TimeProvider = time,
        DeadWriterTimeout = TimeSpan.FromSeconds(2),
        ReopenInterval = TimeSpan.FromMilliseconds(250),
    };

    /// <summary>A writer already publishing (RUNNING), then a reader connected to it.</summary>
    public static ReaderFixture Running(int frameCapacity = 64, int eventCapacity = 16, ulong generation = 1)
    {
        var path = TestBlockWriter.TempPath();
        var writer = TestBlockWriter.Create(path, frameCapacity, eventCapacity, generation);
        return new ReaderFixture(path, writer, new ManualTimeProvider());
    }

    /// <summary>A reader started before any writer exists.</summary>
    public static ReaderFixture WithoutWriter() => new(TestBlockWriter.TempPath(), null, new ManualTimeProvider());

    /// <summary>Creates the writer later (the game starts after the reader).</summary>
    public TestBlockWriter StartWriter(int frameCapacity = 64, int eventCapacity = 16, ulong generation = 1)
    {
        Writer = TestBlockWriter.Create(Path, frameCapacity, eventCapacity, generation);
        return Writer;
    }

    /// <summary>Moves the clock past one reopen interval.</summary>
    public void PassReopenInterval() => Time.Advance(TimeSpan.FromMilliseconds(260));

    /// <summary>Reads frames until a read returns nothing (a few empty reads let the source react to state changes).</summary>
    public List<TelemetryFrame> DrainFrames(int batch = 256)
    {
        var frames = new List<TelemetryFrame>();
        var buffer = new TelemetryFrame[batch];
        for (var empty = 0; empty < 3;)
        {
            var n = Source.ReadFrames(buffer);
            if (n == 0)
            {
                empty++;
                continue;
            }

            frames.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        return frames;
    }

    /// <summary>Reads events until a read returns nothing.</summary>
    public List<TelemetryEvent> DrainEvents(int batch = 64)
    {
        var events = new List<TelemetryEvent>();
        var buffer = new TelemetryEvent[batch];
        for (var empty = 0; empty < 3;)
        {
            var n = Source.ReadEvents(buffer);
            if (n == 0)
            {
                empty++;
                continue;
            }

            events.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        return events;
    }

    /// <summary>A frame with every field set to a value derived from <paramref name="i"/>.</summary>
    public static TelemetryFrame SampleFrame(int i) => new()
    {
        SimulationTimeUs = 1_000_000UL + ((ulong)i * 16_667),
        RenderTimeUs = 2_000_000UL + ((ulong)i * 16_667),
        PausedSimulationTimeUs = 900_000UL + ((ulong)i * 16_667),
        ChannelsPresent = TelemetryChannels.All & ~TelemetryChannels.LocalScale,
        State = i % 10 == 0 ? FrameState.Paused : FrameState.None,
        Switches = TruckSwitches.LowBeam | (i % 2 == 0 ? TruckSwitches.LeftBlinker : TruckSwitches.None),
        Position = new WorldPosition(10_000.5 + i, 52.25, -30_000.125 - i),
        Orientation = new Orientation(0.25f, 0.01f, -0.002f),
        LocalVelocityMps = new Vector3(0.1f, 0, -22.2f - (i * 0.01f)),
        LocalAngularVelocityTurnsPerS = new Vector3(0, 0.02f, 0),
        LocalAccelerationMps2 = new Vector3(0, 0, 1.5f),
        LocalAngularAccelerationTurnsPerS2 = new Vector3(0, 0.001f, 0),
        SpeedMps = 22.2f + (i * 0.01f),
        InputSteering = -0.1f,
        InputThrottle = 0.4f,
        InputBrake = 0,
        InputClutch = 0,
        EffectiveSteering = -0.09f,
        EffectiveThrottle = 0.41f,
        EffectiveBrake = 0.05f,
        EffectiveClutch = 0,
        CruiseControlMps = 0,
        EngineRpm = 1350 + i,
        EngineGear = 10,
        DisplayedGear = 10,
        RetarderLevel = 1,
        AuxFront = 2,
        AuxRoof = 1,
        GameTimeMinutes = 4_000 + (uint)i,
        RestStopMinutes = 600,
        MultiplayerTimeOffsetMinutes = -5,
        NavigationDistanceM = 12_345,
        NavigationTimeS = 600,
        NavigationSpeedLimitMps = 22.22f,
        WearEngine = 0.01f,
        WearTransmission = 0.02f,
        WearCabin = 0.03f,
        WearChassis = 0.04f,
        WearWheels = 0.05f,
        OdometerKm = 123_456.7f,
        FuelAmountL = 400,
        FuelRangeKm = 1_200,
        CargoDamage = 0.001f,
        TrailerWearChassis = 0.06f,
        TrailerPosition = new WorldPosition(10_000.5 + i, 52.25, -30_010.125 - i),
        TrailerOrientation = new Orientation(0.24f, 0.011f, -0.001f),
    };

    public void Dispose()
    {
        Source.Dispose();
        Writer?.Dispose();
    }
}
