using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Attributes;

/// <summary>
/// Turns the groups of a <see cref="TelemetryConfiguration"/> into SDK configuration events with the
/// game's attribute names and types (§6.2), and tells which groups changed between two
/// configurations. Groups are numbered like <see cref="ConfigurationGroup"/> (trailer N = 4 + N).
/// </summary>
internal static unsafe class ConfigurationEncoder
{
    private const int TrailerGroup0 = (int)ConfigurationGroup.Trailer0;

    /// <summary>The groups the stand-in game sends: controls, truck, trailer.0..9, job.</summary>
    public const uint AllGroups = (1u << (int)ConfigurationGroup.Controls) | (1u << (int)ConfigurationGroup.Truck)
        | (0x3FFu << TrailerGroup0) | (1u << (int)ConfigurationGroup.Job);

    /// <summary>The bit of every group that differs between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static uint Changed(TelemetryConfiguration before, TelemetryConfiguration after)
    {
        var changed = 0u;
        if (!string.Equals(before.ShifterType, after.ShifterType, StringComparison.Ordinal))
        {
            changed |= 1u << (int)ConfigurationGroup.Controls;
        }

        if (before.Truck != after.Truck)
        {
            changed |= 1u << (int)ConfigurationGroup.Truck;
        }

        for (var n = 0; n < ScsConstants.TrailerCount; n++)
        {
            if (Trailer(before, n) != Trailer(after, n))
            {
                changed |= 1u << (TrailerGroup0 + n);
            }
        }

        if (before.Job != after.Job)
        {
            changed |= 1u << (int)ConfigurationGroup.Job;
        }

        return changed;
    }

    /// <summary>
    /// Encodes group <paramref name="group"/> of <paramref name="configuration"/>. Old schemas (before
    /// ETS2 1.14 / ATS 1.01) have one trailer, called <c>trailer</c>: then trailers 1..9 are not sent.
    /// </summary>
    /// <returns>False when this game does not send the group.</returns>
    public static bool TryEncode(int group, TelemetryConfiguration configuration, bool multipleTrailers, NativeArena arena, out ScsTelemetryConfiguration info)
    {
        info = default;
        switch (group)
        {
            case (int)ConfigurationGroup.Controls:
            {
                var writer = new AttributeWriter(arena, 1);
                writer.String(Utf8Literal.Pointer("shifter.type\0"u8), configuration.ShifterType);
                info = new ScsTelemetryConfiguration { id = Utf8Literal.Pointer("controls\0"u8), attributes = writer.Entries };
                return true;
            }

            case (int)ConfigurationGroup.Truck:
                info = new ScsTelemetryConfiguration { id = Utf8Literal.Pointer("truck\0"u8), attributes = Truck(configuration.Truck, arena) };
                return true;

            case (int)ConfigurationGroup.Job:
                info = new ScsTelemetryConfiguration { id = Utf8Literal.Pointer("job\0"u8), attributes = Job(configuration.Job, arena) };
                return true;

            case >= TrailerGroup0 and < TrailerGroup0 + ScsConstants.TrailerCount:
            {
                var n = group - TrailerGroup0;
                if (!multipleTrailers && n > 0)
                {
                    return false;
                }

                var id = multipleTrailers ? Utf8Literal.Pointer(TrailerId(n)) : Utf8Literal.Pointer("trailer\0"u8);
                info = new ScsTelemetryConfiguration { id = id, attributes = Trailer(Trailer(configuration, n), arena) };
                return true;
            }

            default:
                return false;
        }
    }

    private static ReadOnlySpan<byte> TrailerId(int n) => n switch
    {
        0 => "trailer.0\0"u8,
        1 => "trailer.1\0"u8,
        2 => "trailer.2\0"u8,
        3 => "trailer.3\0"u8,
        4 => "trailer.4\0"u8,
        5 => "trailer.5\0"u8,
        6 => "trailer.6\0"u8,
        7 => "trailer.7\0"u8,
        8 => "trailer.8\0"u8,
        _ => "trailer.9\0"u8,
    };

    private static TrailerConfiguration? Trailer(TelemetryConfiguration configuration, int index)
    {
        foreach (var trailer in configuration.Trailers)
        {
            if (trailer.Index == index)
            {
                return trailer;
            }
        }

        return null;
    }

    private static ScsNamedValue* Truck(TruckConfiguration? truck, NativeArena arena)
    {
        var w = new AttributeWriter(arena, 12);
        if (truck is not null)
        {
            w.String(Utf8Literal.Pointer("brand_id\0"u8), truck.BrandId);
            w.String(Utf8Literal.Pointer("brand\0"u8), truck.Brand);
            w.String(Utf8Literal.Pointer("id\0"u8), truck.Id);
            w.String(Utf8Literal.Pointer("name\0"u8), truck.Name);
            w.String(Utf8Literal.Pointer("license.plate\0"u8), truck.LicensePlate);
            w.String(Utf8Literal.Pointer("license.plate.country.id\0"u8), truck.LicensePlateCountryId);
            w.Float(Utf8Literal.Pointer("fuel.capacity\0"u8), truck.FuelCapacityL);
            w.Float(Utf8Literal.Pointer("rpm.limit\0"u8), truck.RpmLimit);
            w.U32(Utf8Literal.Pointer("gears.forward\0"u8), truck.GearsForward);
            w.U32(Utf8Literal.Pointer("gears.reverse\0"u8), truck.GearsReverse);
            w.U32(Utf8Literal.Pointer("retarder.steps\0"u8), truck.RetarderSteps);
            w.U32(Utf8Literal.Pointer("wheels.count\0"u8), truck.WheelCount);
        }

        return w.Entries;
    }

    private static ScsNamedValue* Trailer(TrailerConfiguration? trailer, NativeArena arena)
    {
        var w = new AttributeWriter(arena, 8);
        if (trailer is not null)
        {
            w.String(Utf8Literal.Pointer("id\0"u8), trailer.Id);
            w.String(Utf8Literal.Pointer("cargo.accessory.id\0"u8), trailer.CargoAccessoryId);
            w.String(Utf8Literal.Pointer("brand_id\0"u8), trailer.BrandId);
            w.String(Utf8Literal.Pointer("name\0"u8), trailer.Name);
            w.String(Utf8Literal.Pointer("body.type\0"u8), trailer.BodyType);
            w.String(Utf8Literal.Pointer("chain.type\0"u8), trailer.ChainType);
            w.String(Utf8Literal.Pointer("license.plate\0"u8), trailer.LicensePlate);
            w.U32(Utf8Literal.Pointer("wheels.count\0"u8), trailer.WheelCount);
        }

        return w.Entries;
    }

    private static ScsNamedValue* Job(JobConfiguration? job, NativeArena arena)
    {
        var w = new AttributeWriter(arena, 19);
        if (job is not null)
        {
            w.String(Utf8Literal.Pointer("cargo.id\0"u8), job.CargoId);
            w.String(Utf8Literal.Pointer("cargo\0"u8), job.Cargo);
            w.Float(Utf8Literal.Pointer("cargo.mass\0"u8), job.CargoMassKg);
            w.Float(Utf8Literal.Pointer("cargo.unit.mass\0"u8), job.CargoUnitMassKg);
            w.U32(Utf8Literal.Pointer("cargo.unit.count\0"u8), job.CargoUnitCount);
            w.String(Utf8Literal.Pointer("destination.city.id\0"u8), job.DestinationCityId);
            w.String(Utf8Literal.Pointer("destination.city\0"u8), job.DestinationCity);
            w.String(Utf8Literal.Pointer("destination.company.id\0"u8), job.DestinationCompanyId);
            w.String(Utf8Literal.Pointer("destination.company\0"u8), job.DestinationCompany);
            w.String(Utf8Literal.Pointer("source.city.id\0"u8), job.SourceCityId);
            w.String(Utf8Literal.Pointer("source.city\0"u8), job.SourceCity);
            w.String(Utf8Literal.Pointer("source.company.id\0"u8), job.SourceCompanyId);
            w.String(Utf8Literal.Pointer("source.company\0"u8), job.SourceCompany);
            w.U64(Utf8Literal.Pointer("income\0"u8), job.Income);
            w.U32(Utf8Literal.Pointer("delivery.time\0"u8), job.DeliveryTimeMinutes);
            w.U32(Utf8Literal.Pointer("planned_distance.km\0"u8), job.PlannedDistanceKm);
            w.Bool(Utf8Literal.Pointer("cargo.loaded\0"u8), job.CargoLoaded);
            w.String(Utf8Literal.Pointer("job.market\0"u8), job.JobMarket);
            w.Bool(Utf8Literal.Pointer("is.special.job\0"u8), job.IsSpecialJob);
        }

        return w.Entries;
    }
}
