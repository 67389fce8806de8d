using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Mirror of <c>e2c_config_trailer</c> (328 bytes).</summary>
[StructLayout(LayoutKind.Explicit, Size = 328)]
internal struct ConfigTrailer
{
    /// <summary><c>E2C_TRAILER_ATTR_*</c> bits of <see cref="AttributesPresent"/>, in field order.</summary>
    public const uint IdBit = 1u << 0, CargoAccessoryIdBit = 1u << 1, BrandIdBit = 1u << 2, NameBit = 1u << 3,
        BodyTypeBit = 1u << 4, ChainTypeBit = 1u << 5, LicensePlateBit = 1u << 6, WheelCountBit = 1u << 7;

    /// <summary><c>id</c>.</summary>
    [FieldOffset(0)] public Utf8Text64 Id;

    /// <summary><c>cargo_accessory_id</c>.</summary>
    [FieldOffset(64)] public Utf8Text64 CargoAccessoryId;

    /// <summary><c>brand_id</c>.</summary>
    [FieldOffset(128)] public Utf8Text32 BrandId;

    /// <summary><c>name</c>.</summary>
    [FieldOffset(160)] public Utf8Text64 Name;

    /// <summary><c>body_type</c>.</summary>
    [FieldOffset(224)] public Utf8Text32 BodyType;

    /// <summary><c>chain_type</c>.</summary>
    [FieldOffset(256)] public Utf8Text32 ChainType;

    /// <summary><c>license_plate</c>.</summary>
    [FieldOffset(288)] public Utf8Text32 LicensePlate;

    /// <summary><c>wheel_count</c>.</summary>
    [FieldOffset(320)] public uint WheelCount;

    /// <summary><c>attributes_present</c>.</summary>
    [FieldOffset(324)] public uint AttributesPresent;
}
