using Ets2Coach.Telemetry.Tests.Support;
using static Ets2Coach.Telemetry.Tests.Support.TestBlockWriter;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

public sealed class ConfigurationTests
{
    private const int Controls = 1, Truck = 3, Trailer0 = 4, Job = 14;

    [Fact]
    public void Configuration_AtConnect_DecodesPresentGroupsAndAttributesOnly()
    {
        using var f = ReaderFixture.Running();
        f.W.UpdateConfiguration(WriteTruckAndTrailers);

        using var source = new Ets2Coach.Telemetry.SharedMemory.SharedMemoryTelemetrySource(f.Path, ReaderFixture.Options(f.Time));
        var c = source.Configuration;

        Assert.Equal("hshifter", c.ShifterType);
        Assert.Equal(
            new TruckConfiguration { Brand = "Volvo", Name = "FH16 750", FuelCapacityL = 1400f, GearsForward = 12, RetarderSteps = 0 },
            c.Truck);
        Assert.Equal(
            [
                new TrailerConfiguration { Index = 0, Id = "scs.box", WheelCount = 6 },
                new TrailerConfiguration { Index = 2, Name = "Krone Profi Liner" },
            ],
            c.Trailers);
        Assert.Null(c.Job);
        Assert.Equal(2UL, c.Generations[Truck]);
    }

    [Fact]
    public void ReadEvents_ConfigurationEvent_RefreshesConfiguration()
    {
        using var f = ReaderFixture.Running();
        f.W.UpdateConfiguration(WriteTruckAndTrailers);
        var before = f.Source.Configuration;
        Assert.Null(before.Job);

        f.W.UpdateConfiguration(c =>
        {
            PutU64(c, ConfigAt.Generations + (8 * Job), 1);
            PutU32(c, ConfigAt.GroupsPresent, (1u << Controls) | (1u << Truck) | (1u << Trailer0) | (1u << Job));
            var job = c[ConfigAt.Job..];
            PutText(job.Slice(ConfigAt.JobCargo, 64), "Apples");
            PutText(job.Slice(ConfigAt.JobDestinationCity, 48), "Calais");
            PutU64(job, ConfigAt.JobIncome, 12_500);
            PutF32(job, ConfigAt.JobCargoMass, 18_000);
            job[ConfigAt.JobCargoLoaded] = 1;
            job[ConfigAt.JobIsSpecial] = 0;
            PutU32(job, ConfigAt.JobAttributes, (1u << 1) | (1u << 7) | (1u << 11) | (1u << 12) | (1u << 17) | (1u << 18));
        });
        f.W.PublishEvent(TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Job, 19, 1));

        Assert.Single(f.DrainEvents());

        var job = f.Source.Configuration.Job;
        Assert.Equal(
            new JobConfiguration { Cargo = "Apples", DestinationCity = "Calais", Income = 12_500, CargoMassKg = 18_000, CargoLoaded = true, IsSpecialJob = false },
            job);
        Assert.Equal(2UL, f.Source.Configuration.Generations[Truck]);
    }

    [Fact]
    public void ReadEvents_ConfigurationEventNotNewerThanCopy_KeepsSameInstance()
    {
        using var f = ReaderFixture.Running();
        f.W.UpdateConfiguration(WriteTruckAndTrailers);
        f.W.PublishEvent(TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Truck, 12, 2));
        f.DrainEvents(); // the source had a copy at generation 0: it refreshes to generation 2
        var current = f.Source.Configuration;

        f.W.PublishEvent(TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Truck, 12, 2));
        f.DrainEvents();

        Assert.Same(current, f.Source.Configuration);
        Assert.Equal("Volvo", current.Truck!.Brand);
    }

    private static void WriteTruckAndTrailers(Span<byte> c)
    {
        PutU64(c, ConfigAt.Generations + (8 * Controls), 1);
        PutU64(c, ConfigAt.Generations + (8 * Truck), 2);
        PutU32(c, ConfigAt.GroupsPresent, (1u << Controls) | (1u << Truck) | (1u << Trailer0) | (1u << (Trailer0 + 2)));
        PutText(c.Slice(ConfigAt.ShifterType, 16), "hshifter");

        var truck = c[ConfigAt.Truck..];
        PutText(truck.Slice(ConfigAt.TruckBrandId, 32), "volvo"); // written but its bit is clear: must read as null
        PutText(truck.Slice(ConfigAt.TruckBrand, 48), "Volvo");
        PutText(truck.Slice(ConfigAt.TruckName, 64), "FH16 750");
        PutF32(truck, ConfigAt.TruckFuelCapacity, 1400);
        PutU32(truck, ConfigAt.TruckGearsForward, 12);
        PutU32(truck, ConfigAt.TruckRetarderSteps, 0);
        PutU32(truck, ConfigAt.TruckAttributes, (1u << 1) | (1u << 3) | (1u << 6) | (1u << 8) | (1u << 10));

        var trailer0 = c.Slice(ConfigAt.Trailers, ConfigAt.TrailerSize);
        PutText(trailer0.Slice(ConfigAt.TrailerId, 64), "scs.box");
        PutU32(trailer0, ConfigAt.TrailerWheelCount, 6);
        PutU32(trailer0, ConfigAt.TrailerAttributes, (1u << 0) | (1u << 7));

        var trailer1 = c.Slice(ConfigAt.Trailers + ConfigAt.TrailerSize, ConfigAt.TrailerSize);
        PutText(trailer1.Slice(ConfigAt.TrailerId, 64), "stale"); // group bit clear: not listed
        PutU32(trailer1, ConfigAt.TrailerAttributes, 1);

        var trailer2 = c.Slice(ConfigAt.Trailers + (2 * ConfigAt.TrailerSize), ConfigAt.TrailerSize);
        PutText(trailer2.Slice(ConfigAt.TrailerName, 64), "Krone Profi Liner");
        PutU32(trailer2, ConfigAt.TrailerAttributes, 1u << 3);
    }
}
