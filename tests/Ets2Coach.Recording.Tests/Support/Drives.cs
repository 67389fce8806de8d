using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Synthetic;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Support;

/// <summary>Builds recorded streams and files for tests.</summary>
internal static class Drives
{
    public static readonly TelemetryConfiguration StartConfiguration = new()
    {
        ShifterType = "automatic",
        Truck = new TruckConfiguration { BrandId = "scania", Brand = "Scania", Id = "scania.s", Name = "S", FuelCapacityL = 800, GearsForward = 12, GearsReverse = 2, RetarderSteps = 3, WheelCount = 6 },
        Trailers = [new TrailerConfiguration { Index = 0, Id = "scs.box", Name = "Box", BodyType = "dryvan", WheelCount = 6 }],
        Generations = [1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
    };

    public static readonly TelemetryConfiguration JobConfiguration = StartConfiguration with
    {
        Job = new JobConfiguration { CargoId = "apples", Cargo = "Apples", CargoMassKg = 18_000, SourceCity = "Berlin", DestinationCity = "Praha", Income = 12_345, PlannedDistanceKm = 350, CargoLoaded = true },
        Generations = [1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0],
    };

    /// <summary>A stream of <paramref name="frameCount"/> frames with their events and two configuration changes.</summary>
    public static List<StreamItem> Stream(int seed, int frameCount, double noise = 1, bool configurationChanges = true)
    {
        var drive = new SyntheticDrive(seed, noise);
        var items = new List<StreamItem>(frameCount + 64);
        var events = new List<TelemetryEvent>();
        for (var i = 0; i < frameCount; i++)
        {
            events.Clear();
            var frame = drive.Next(events);
            foreach (var e in events)
            {
                items.Add(StreamItem.Of(e));
            }

            if (configurationChanges && i == frameCount / 3)
            {
                items.Add(StreamItem.Of(JobConfiguration));
            }

            if (configurationChanges && i == 2 * frameCount / 3)
            {
                items.Add(StreamItem.Of(StartConfiguration));
            }

            items.Add(StreamItem.Of(frame));
        }

        return items;
    }

    /// <summary>A stream from the real drive simulator: each frame's events, its configuration change, then the frame.</summary>
    public static List<StreamItem> Simulated(int seed, double minutes, NoiseLevel noise = NoiseLevel.Low)
    {
        var simulator = new DriveSimulator(new SimulationOptions { Seed = seed, DurationMinutes = minutes, Noise = noise });
        var items = new List<StreamItem> { StreamItem.Of(simulator.InitialConfiguration) };
        var events = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        while (simulator.TryStep(out var frame, events, out var count, out var configuration))
        {
            for (var i = 0; i < count; i++)
            {
                items.Add(StreamItem.Of(events[i]));
            }

            if (configuration is not null)
            {
                items.Add(StreamItem.Of(configuration));
            }

            items.Add(StreamItem.Of(frame));
        }

        return items;
    }

    public static DriveRecorderOptions Options() => new()
    {
        Writer = new WriterInfo("eut2", "Euro Truck Simulator 2", 0x10001, 0x10012, 0x10000, 4242, TelemetryChannels.All),
        WriterGeneration = 77,
        Configuration = StartConfiguration,
        CoachVersion = "test",
        DropWhenBehind = false,
    };

    /// <summary>Feeds <paramref name="items"/> to <paramref name="recorder"/> in order.</summary>
    public static void Feed(DriveRecorder recorder, IEnumerable<StreamItem> items)
    {
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case StreamItemKind.Frame: recorder.OnFrame(item.Frame); break;
                case StreamItemKind.Event: recorder.OnEvent(item.Event); break;
                default: recorder.OnConfiguration(item.Configuration!); break;
            }
        }
    }

    /// <summary>Records <paramref name="items"/> into a drive file in memory.</summary>
    public static async Task<byte[]> RecordAsync(IEnumerable<StreamItem> items, DriveRecorderOptions? options = null)
    {
        var stream = new KeepOpenMemoryStream();
        var recorder = DriveRecorder.Create(stream, "drive.e2cd", options ?? Options());
        Feed(recorder, items);
        await recorder.DisposeAsync();
        Assert.Equal(RecorderState.Stopped, recorder.Status.State);
        return stream.ToArray();
    }

    /// <summary>Replays a file through a pump: frames, events and each configuration change as a consumer sees them.</summary>
    public static List<StreamItem> Replay(DriveFileTelemetrySource source)
    {
        var consumer = new CollectingConsumer(source);
        var pump = new TelemetryPump(256, 256);
        while (true)
        {
            pump.Pump(source, consumer);
            if (source.Status.State == TelemetrySourceState.Ended)
            {
                pump.Pump(source, consumer);
                pump.FlushPending(consumer);
                break;
            }
        }

        return consumer.Items;
    }

    public static DriveFileTelemetrySource Open(byte[] file, DriveReplayOptions? options = null)
    {
        Assert.True(DriveFileTelemetrySource.TryOpen(new MemoryStream(file), "drive.e2cd", options, ownsStream: true, out var source, out var error), error);
        return source;
    }

    /// <summary>Records the configuration in force before the first frame and after each change.</summary>
    private sealed class CollectingConsumer(DriveFileTelemetrySource source) : ITelemetryConsumer
    {
        private TelemetryConfiguration? _configuration = source.Configuration;

        public List<StreamItem> Items { get; } = [];

        public void OnEvent(in TelemetryEvent telemetryEvent) => Items.Add(StreamItem.Of(telemetryEvent));

        public void OnFrame(in TelemetryFrame frame)
        {
            if (!ReferenceEquals(source.Configuration, _configuration))
            {
                _configuration = source.Configuration;
                Items.Add(StreamItem.Of(_configuration));
            }

            Items.Add(StreamItem.Of(frame));
        }
    }
}
