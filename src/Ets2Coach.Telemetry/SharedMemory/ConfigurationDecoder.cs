using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// Copies the configuration block under its seqlock and decodes the copy into a
/// <see cref="TelemetryConfiguration"/>. Copying first means a writer updating the block while we
/// decode can never hand us a half-old, half-new truck. Allocates only when decoding (a change).
/// </summary>
internal static unsafe class ConfigurationDecoder
{
    /// <summary>Attempts before <see cref="TryCopy"/> gives up (the writer updates the block in microseconds).</summary>
    public const int MaxCopyAttempts = 1000;

    /// <summary>
    /// Copies the 6,144-byte block at <paramref name="block"/> into <paramref name="destination"/>,
    /// retrying while its <c>seq</c> is odd or changed, at most <see cref="MaxCopyAttempts"/> times.
    /// </summary>
    /// <returns>False when no consistent copy could be taken (a writer stuck mid-update).</returns>
    public static bool TryCopy(byte* block, Span<byte> destination)
    {
        if (destination.Length < LayoutConstants.ConfigSize)
        {
            throw new ArgumentException("The destination must hold a whole configuration block.", nameof(destination));
        }

        var source = new ReadOnlySpan<byte>(block, LayoutConstants.ConfigSize);
        ref var seq = ref *(ulong*)block;
        var spinner = default(SpinWait);
        for (var attempt = 0; attempt < MaxCopyAttempts; attempt++)
        {
            var before = Volatile.Read(ref seq);
            if ((before & 1) == 0)
            {
                source.CopyTo(destination);

                // Orders the payload loads before the re-check, as for ring slots.
                Interlocked.MemoryBarrier();
                if (Volatile.Read(ref seq) == before)
                {
                    return true;
                }
            }

            spinner.SpinOnce(sleep1Threshold: -1);
        }

        return false;
    }

    /// <summary>The per-group generations of a copied block.</summary>
    public static ulong Generation(ReadOnlySpan<byte> copy, ConfigurationGroup group) =>
        (uint)group < LayoutConstants.ConfigGenerationCount ? Block(copy).Generations[(int)group] : 0;

    /// <summary>The <c>seq</c> of a copied block.</summary>
    public static ulong Sequence(ReadOnlySpan<byte> copy) => Block(copy).Seq;

    /// <summary>Decodes a consistent copy: groups whose bit is clear are null (or absent), attributes whose bit is clear are null.</summary>
    public static TelemetryConfiguration Decode(ReadOnlySpan<byte> copy)
    {
        ref readonly var c = ref Block(copy);
        var generations = new ulong[LayoutConstants.ConfigGenerationCount];
        for (var i = 0; i < generations.Length; i++)
        {
            generations[i] = c.Generations[i];
        }

        var trailers = new List<TrailerConfiguration>();
        for (var i = 0; i < LayoutConstants.TrailerCount; i++)
        {
            if (HasGroup(c.GroupsPresent, ConfigurationGroup.Trailer0 + (uint)i))
            {
                trailers.Add(DecodeTrailer(in c.Trailers[i], i));
            }
        }

        return new TelemetryConfiguration
        {
            ShifterType = HasGroup(c.GroupsPresent, ConfigurationGroup.Controls) ? NonEmpty(Text(c.ShifterType)) : null,
            Truck = HasGroup(c.GroupsPresent, ConfigurationGroup.Truck) ? DecodeTruck(in c.Truck) : null,
            Trailers = trailers,
            Job = HasGroup(c.GroupsPresent, ConfigurationGroup.Job) ? DecodeJob(in c.Job) : null,
            Generations = generations,
        };
    }

    private static TruckConfiguration DecodeTruck(in ConfigTruck t)
    {
        var a = t.AttributesPresent;
        return new TruckConfiguration
        {
            BrandId = Has(a, ConfigTruck.BrandIdBit) ? Text(t.BrandId) : null,
            Brand = Has(a, ConfigTruck.BrandBit) ? Text(t.Brand) : null,
            Id = Has(a, ConfigTruck.IdBit) ? Text(t.Id) : null,
            Name = Has(a, ConfigTruck.NameBit) ? Text(t.Name) : null,
            LicensePlate = Has(a, ConfigTruck.LicensePlateBit) ? Text(t.LicensePlate) : null,
            LicensePlateCountryId = Has(a, ConfigTruck.LicensePlateCountryIdBit) ? Text(t.LicensePlateCountryId) : null,
            FuelCapacityL = Has(a, ConfigTruck.FuelCapacityBit) ? t.FuelCapacityL : null,
            RpmLimit = Has(a, ConfigTruck.RpmLimitBit) ? t.RpmLimit : null,
            GearsForward = Has(a, ConfigTruck.GearsForwardBit) ? t.GearsForward : null,
            GearsReverse = Has(a, ConfigTruck.GearsReverseBit) ? t.GearsReverse : null,
            RetarderSteps = Has(a, ConfigTruck.RetarderStepsBit) ? t.RetarderSteps : null,
            WheelCount = Has(a, ConfigTruck.WheelCountBit) ? t.WheelCount : null,
        };
    }

    private static TrailerConfiguration DecodeTrailer(in ConfigTrailer t, int index)
    {
        var a = t.AttributesPresent;
        return new TrailerConfiguration
        {
            Index = index,
            Id = Has(a, ConfigTrailer.IdBit) ? Text(t.Id) : null,
            CargoAccessoryId = Has(a, ConfigTrailer.CargoAccessoryIdBit) ? Text(t.CargoAccessoryId) : null,
            BrandId = Has(a, ConfigTrailer.BrandIdBit) ? Text(t.BrandId) : null,
            Name = Has(a, ConfigTrailer.NameBit) ? Text(t.Name) : null,
            BodyType = Has(a, ConfigTrailer.BodyTypeBit) ? Text(t.BodyType) : null,
            ChainType = Has(a, ConfigTrailer.ChainTypeBit) ? Text(t.ChainType) : null,
            LicensePlate = Has(a, ConfigTrailer.LicensePlateBit) ? Text(t.LicensePlate) : null,
            WheelCount = Has(a, ConfigTrailer.WheelCountBit) ? t.WheelCount : null,
        };
    }

    private static JobConfiguration DecodeJob(in ConfigJob j)
    {
        var a = j.AttributesPresent;
        return new JobConfiguration
        {
            CargoId = Has(a, ConfigJob.CargoIdBit) ? Text(j.CargoId) : null,
            Cargo = Has(a, ConfigJob.CargoBit) ? Text(j.Cargo) : null,
            SourceCityId = Has(a, ConfigJob.SourceCityIdBit) ? Text(j.SourceCityId) : null,
            SourceCity = Has(a, ConfigJob.SourceCityBit) ? Text(j.SourceCity) : null,
            SourceCompanyId = Has(a, ConfigJob.SourceCompanyIdBit) ? Text(j.SourceCompanyId) : null,
            SourceCompany = Has(a, ConfigJob.SourceCompanyBit) ? Text(j.SourceCompany) : null,
            DestinationCityId = Has(a, ConfigJob.DestinationCityIdBit) ? Text(j.DestinationCityId) : null,
            DestinationCity = Has(a, ConfigJob.DestinationCityBit) ? Text(j.DestinationCity) : null,
            DestinationCompanyId = Has(a, ConfigJob.DestinationCompanyIdBit) ? Text(j.DestinationCompanyId) : null,
            DestinationCompany = Has(a, ConfigJob.DestinationCompanyBit) ? Text(j.DestinationCompany) : null,
            JobMarket = Has(a, ConfigJob.JobMarketBit) ? Text(j.JobMarket) : null,
            Income = Has(a, ConfigJob.IncomeBit) ? j.Income : null,
            CargoMassKg = Has(a, ConfigJob.CargoMassBit) ? j.CargoMassKg : null,
            CargoUnitMassKg = Has(a, ConfigJob.CargoUnitMassBit) ? j.CargoUnitMassKg : null,
            CargoUnitCount = Has(a, ConfigJob.CargoUnitCountBit) ? j.CargoUnitCount : null,
            DeliveryTimeMinutes = Has(a, ConfigJob.DeliveryTimeBit) ? j.DeliveryTimeMinutes : null,
            PlannedDistanceKm = Has(a, ConfigJob.PlannedDistanceBit) ? j.PlannedDistanceKm : null,
            CargoLoaded = Has(a, ConfigJob.CargoLoadedBit) ? j.CargoLoaded != 0 : null,
            IsSpecialJob = Has(a, ConfigJob.IsSpecialJobBit) ? j.IsSpecialJob != 0 : null,
        };
    }

    private static ref readonly ConfigBlock Block(ReadOnlySpan<byte> copy) =>
        ref MemoryMarshal.AsRef<ConfigBlock>(copy[..LayoutConstants.ConfigSize]);

    private static bool HasGroup(uint groupsPresent, ConfigurationGroup group) => (groupsPresent & (1u << (int)group)) != 0;

    private static bool Has(uint attributes, uint bit) => (attributes & bit) != 0;

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;

    private static string Text<TBuffer>(in TBuffer buffer)
        where TBuffer : struct =>
        Utf8Text.Decode(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TBuffer, byte>(ref Unsafe.AsRef(in buffer)), Unsafe.SizeOf<TBuffer>()));
}
