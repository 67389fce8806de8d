using System.Diagnostics.CodeAnalysis;
using Ets2Coach.Recording.Format.Records;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>Maps configurations to their on-disk records and back; the way back checks the size limits.</summary>
internal static class ConfigurationMapper
{
    /// <summary>The on-disk form of <paramref name="configuration"/>.</summary>
    public static ConfigurationRecord ToRecord(TelemetryConfiguration configuration)
    {
        var trailers = new TrailerRecord[configuration.Trailers.Count];
        for (var i = 0; i < trailers.Length; i++)
        {
            var t = configuration.Trailers[i];
            trailers[i] = new TrailerRecord
            {
                Index = t.Index, Id = t.Id, CargoAccessoryId = t.CargoAccessoryId, BrandId = t.BrandId, Name = t.Name,
                BodyType = t.BodyType, ChainType = t.ChainType, LicensePlate = t.LicensePlate, WheelCount = t.WheelCount,
            };
        }

        var generations = new ulong[configuration.Generations.Count];
        for (var i = 0; i < generations.Length; i++)
        {
            generations[i] = configuration.Generations[i];
        }

        return new ConfigurationRecord
        {
            ShifterType = configuration.ShifterType,
            Truck = configuration.Truck is { } truck ? ToRecord(truck) : null,
            Trailers = trailers,
            Job = configuration.Job is { } job ? ToRecord(job) : null,
            Generations = generations,
        };
    }

    /// <summary>Rebuilds a configuration; false with a reason when the record breaks a limit.</summary>
    public static bool TryFromRecord(ConfigurationRecord? record, [NotNullWhen(true)] out TelemetryConfiguration? configuration, [NotNullWhen(false)] out string? error)
    {
        configuration = null;
        if (record is null)
        {
            error = "configuration record is empty";
            return false;
        }

        var trailerRecords = record.Trailers ?? [];
        var generations = record.Generations ?? [];
        if (trailerRecords.Length > DriveFormat.MaxTrailers || generations.Length > DriveFormat.MaxGenerations)
        {
            error = $"configuration lists {trailerRecords.Length} trailers and {generations.Length} generations (limits {DriveFormat.MaxTrailers} and {DriveFormat.MaxGenerations})";
            return false;
        }

        if (!StringsFit(record, trailerRecords))
        {
            error = $"configuration holds a string longer than {DriveFormat.MaxStringLength} characters";
            return false;
        }

        var trailers = new TrailerConfiguration[trailerRecords.Length];
        for (var i = 0; i < trailers.Length; i++)
        {
            var t = trailerRecords[i] ?? new TrailerRecord();
            trailers[i] = new TrailerConfiguration
            {
                Index = t.Index, Id = t.Id, CargoAccessoryId = t.CargoAccessoryId, BrandId = t.BrandId, Name = t.Name,
                BodyType = t.BodyType, ChainType = t.ChainType, LicensePlate = t.LicensePlate, WheelCount = t.WheelCount,
            };
        }

        configuration = new TelemetryConfiguration
        {
            ShifterType = record.ShifterType,
            Truck = record.Truck is { } truck ? FromRecord(truck) : null,
            Trailers = trailers,
            Job = record.Job is { } job ? FromRecord(job) : null,
            Generations = generations,
        };
        error = null;
        return true;
    }

    private static bool StringsFit(ConfigurationRecord record, TrailerRecord[] trailers)
    {
        var fits = Fits(record.ShifterType);
        if (record.Truck is { } k)
        {
            fits &= Fits(k.BrandId) && Fits(k.Brand) && Fits(k.Id) && Fits(k.Name) && Fits(k.LicensePlate) && Fits(k.LicensePlateCountryId);
        }

        foreach (var t in trailers)
        {
            if (t is not null)
            {
                fits &= Fits(t.Id) && Fits(t.CargoAccessoryId) && Fits(t.BrandId) && Fits(t.Name) && Fits(t.BodyType) && Fits(t.ChainType) && Fits(t.LicensePlate);
            }
        }

        if (record.Job is { } j)
        {
            fits &= Fits(j.CargoId) && Fits(j.Cargo) && Fits(j.SourceCityId) && Fits(j.SourceCity) && Fits(j.SourceCompanyId) && Fits(j.SourceCompany)
                && Fits(j.DestinationCityId) && Fits(j.DestinationCity) && Fits(j.DestinationCompanyId) && Fits(j.DestinationCompany) && Fits(j.JobMarket);
        }

        return fits;
    }

    private static bool Fits(string? text) => text is null || text.Length <= DriveFormat.MaxStringLength;

    private static TruckRecord ToRecord(TruckConfiguration t) => new()
    {
        BrandId = t.BrandId, Brand = t.Brand, Id = t.Id, Name = t.Name, LicensePlate = t.LicensePlate,
        LicensePlateCountryId = t.LicensePlateCountryId, FuelCapacityL = t.FuelCapacityL, RpmLimit = t.RpmLimit,
        GearsForward = t.GearsForward, GearsReverse = t.GearsReverse, RetarderSteps = t.RetarderSteps, WheelCount = t.WheelCount,
    };

    private static TruckConfiguration FromRecord(TruckRecord t) => new()
    {
        BrandId = t.BrandId, Brand = t.Brand, Id = t.Id, Name = t.Name, LicensePlate = t.LicensePlate,
        LicensePlateCountryId = t.LicensePlateCountryId, FuelCapacityL = t.FuelCapacityL, RpmLimit = t.RpmLimit,
        GearsForward = t.GearsForward, GearsReverse = t.GearsReverse, RetarderSteps = t.RetarderSteps, WheelCount = t.WheelCount,
    };

    private static JobRecord ToRecord(JobConfiguration j) => new()
    {
        CargoId = j.CargoId, Cargo = j.Cargo, CargoMassKg = j.CargoMassKg, CargoUnitMassKg = j.CargoUnitMassKg, CargoUnitCount = j.CargoUnitCount,
        SourceCityId = j.SourceCityId, SourceCity = j.SourceCity, SourceCompanyId = j.SourceCompanyId, SourceCompany = j.SourceCompany,
        DestinationCityId = j.DestinationCityId, DestinationCity = j.DestinationCity, DestinationCompanyId = j.DestinationCompanyId,
        DestinationCompany = j.DestinationCompany, JobMarket = j.JobMarket, Income = j.Income, DeliveryTimeMinutes = j.DeliveryTimeMinutes,
        PlannedDistanceKm = j.PlannedDistanceKm, CargoLoaded = j.CargoLoaded, IsSpecialJob = j.IsSpecialJob,
    };

    private static JobConfiguration FromRecord(JobRecord j) => new()
    {
        CargoId = j.CargoId, Cargo = j.Cargo, CargoMassKg = j.CargoMassKg, CargoUnitMassKg = j.CargoUnitMassKg, CargoUnitCount = j.CargoUnitCount,
        SourceCityId = j.SourceCityId, SourceCity = j.SourceCity, SourceCompanyId = j.SourceCompanyId, SourceCompany = j.SourceCompany,
        DestinationCityId = j.DestinationCityId, DestinationCity = j.DestinationCity, DestinationCompanyId = j.DestinationCompanyId,
        DestinationCompany = j.DestinationCompany, JobMarket = j.JobMarket, Income = j.Income, DeliveryTimeMinutes = j.DeliveryTimeMinutes,
        PlannedDistanceKm = j.PlannedDistanceKm, CargoLoaded = j.CargoLoaded, IsSpecialJob = j.IsSpecialJob,
    };
}
