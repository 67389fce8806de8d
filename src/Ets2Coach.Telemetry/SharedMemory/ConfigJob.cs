using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Mirror of <c>e2c_config_job</c> (504 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 504)]
internal struct ConfigJob
{
    /// <summary><c>E2C_JOB_ATTR_*</c> bits of <see cref="AttributesPresent"/>.</summary>
    public const uint CargoIdBit = 1u << 0, CargoBit = 1u << 1, SourceCityIdBit = 1u << 2, SourceCityBit = 1u << 3,
        SourceCompanyIdBit = 1u << 4, SourceCompanyBit = 1u << 5, DestinationCityIdBit = 1u << 6,
        DestinationCityBit = 1u << 7, DestinationCompanyIdBit = 1u << 8, DestinationCompanyBit = 1u << 9,
        JobMarketBit = 1u << 10, IncomeBit = 1u << 11, CargoMassBit = 1u << 12, CargoUnitMassBit = 1u << 13,
        CargoUnitCountBit = 1u << 14, DeliveryTimeBit = 1u << 15, PlannedDistanceBit = 1u << 16,
        CargoLoadedBit = 1u << 17, IsSpecialJobBit = 1u << 18;

    /// <summary><c>cargo_id</c>.</summary>
    [FieldOffset(0)] public Utf8Text48 CargoId;

    /// <summary><c>cargo</c>.</summary>
    [FieldOffset(48)] public Utf8Text64 Cargo;

    /// <summary><c>source_city_id</c>.</summary>
    [FieldOffset(112)] public Utf8Text32 SourceCityId;

    /// <summary><c>source_city</c>.</summary>
    [FieldOffset(144)] public Utf8Text48 SourceCity;

    /// <summary><c>source_company_id</c>.</summary>
    [FieldOffset(192)] public Utf8Text32 SourceCompanyId;

    /// <summary><c>source_company</c>.</summary>
    [FieldOffset(224)] public Utf8Text48 SourceCompany;

    /// <summary><c>destination_city_id</c>.</summary>
    [FieldOffset(272)] public Utf8Text32 DestinationCityId;

    /// <summary><c>destination_city</c>.</summary>
    [FieldOffset(304)] public Utf8Text48 DestinationCity;

    /// <summary><c>destination_company_id</c>.</summary>
    [FieldOffset(352)] public Utf8Text32 DestinationCompanyId;

    /// <summary><c>destination_company</c>.</summary>
    [FieldOffset(384)] public Utf8Text48 DestinationCompany;

    /// <summary><c>job_market</c>.</summary>
    [FieldOffset(432)] public Utf8Text32 JobMarket;

    /// <summary><c>income</c>.</summary>
    [FieldOffset(464)] public ulong Income;

    /// <summary><c>cargo_mass_kg</c>.</summary>
    [FieldOffset(472)] public float CargoMassKg;

    /// <summary><c>cargo_unit_mass_kg</c>.</summary>
    [FieldOffset(476)] public float CargoUnitMassKg;

    /// <summary><c>cargo_unit_count</c>.</summary>
    [FieldOffset(480)] public uint CargoUnitCount;

    /// <summary><c>delivery_time_minutes</c>.</summary>
    [FieldOffset(484)] public uint DeliveryTimeMinutes;

    /// <summary><c>planned_distance_km</c>.</summary>
    [FieldOffset(488)] public uint PlannedDistanceKm;

    /// <summary><c>cargo_loaded</c>.</summary>
    [FieldOffset(492)] public byte CargoLoaded;

    /// <summary><c>is_special_job</c>.</summary>
    [FieldOffset(493)] public byte IsSpecialJob;

    /// <summary><c>attributes_present</c>.</summary>
    [FieldOffset(496)] public uint AttributesPresent;
}
