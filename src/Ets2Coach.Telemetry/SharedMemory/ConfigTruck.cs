using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Mirror of <c>e2c_config_truck</c> (288 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 288)]
internal struct ConfigTruck
{
    /// <summary><c>E2C_TRUCK_ATTR_*</c> bits of <see cref="AttributesPresent"/>, in field order.</summary>
    public const uint BrandIdBit = 1u << 0, BrandBit = 1u << 1, IdBit = 1u << 2, NameBit = 1u << 3,
        LicensePlateBit = 1u << 4, LicensePlateCountryIdBit = 1u << 5, FuelCapacityBit = 1u << 6,
        RpmLimitBit = 1u << 7, GearsForwardBit = 1u << 8, GearsReverseBit = 1u << 9,
        RetarderStepsBit = 1u << 10, WheelCountBit = 1u << 11;

    /// <summary><c>brand_id</c>.</summary>
    [FieldOffset(0)] public Utf8Text32 BrandId;

    /// <summary><c>brand</c>.</summary>
    [FieldOffset(32)] public Utf8Text48 Brand;

    /// <summary><c>id</c>.</summary>
    [FieldOffset(80)] public Utf8Text48 Id;

    /// <summary><c>name</c>.</summary>
    [FieldOffset(128)] public Utf8Text64 Name;

    /// <summary><c>license_plate</c>.</summary>
    [FieldOffset(192)] public Utf8Text32 LicensePlate;

    /// <summary><c>license_plate_country_id</c>.</summary>
    [FieldOffset(224)] public Utf8Text32 LicensePlateCountryId;

    /// <summary><c>fuel_capacity_l</c>.</summary>
    [FieldOffset(256)] public float FuelCapacityL;

    /// <summary><c>rpm_limit</c>.</summary>
    [FieldOffset(260)] public float RpmLimit;

    /// <summary><c>gears_forward</c>.</summary>
    [FieldOffset(264)] public uint GearsForward;

    /// <summary><c>gears_reverse</c>.</summary>
    [FieldOffset(268)] public uint GearsReverse;

    /// <summary><c>retarder_steps</c>.</summary>
    [FieldOffset(272)] public uint RetarderSteps;

    /// <summary><c>wheel_count</c>.</summary>
    [FieldOffset(276)] public uint WheelCount;

    /// <summary><c>attributes_present</c>.</summary>
    [FieldOffset(280)] public uint AttributesPresent;
}
