namespace Ets2Coach.GameHost.Sdk;

/// <summary>The SDK's value types (<c>scs_value_type_t</c>).</summary>
#pragma warning disable CA1720 // Member names mirror SCS_VALUE_TYPE_float/double/string.
public enum ScsValueType : uint
{
    /// <summary><c>SCS_VALUE_TYPE_INVALID</c>.</summary>
    Invalid = 0,
    /// <summary>One byte, 0 = false.</summary>
    Bool = 1,
    /// <summary>Signed 32-bit.</summary>
    S32 = 2,
    /// <summary>Unsigned 32-bit.</summary>
    U32 = 3,
    /// <summary>Unsigned 64-bit.</summary>
    U64 = 4,
    /// <summary>IEEE single.</summary>
    Float = 5,
    /// <summary>IEEE double.</summary>
    Double = 6,
    /// <summary>Three floats.</summary>
    FVector = 7,
    /// <summary>Three doubles.</summary>
    DVector = 8,
    /// <summary>Heading, pitch, roll in turns (floats).</summary>
    Euler = 9,
    /// <summary>fvector position + euler orientation.</summary>
    FPlacement = 10,
    /// <summary>dvector position + euler orientation.</summary>
    DPlacement = 11,
    /// <summary>UTF-8 string pointer.</summary>
    String = 12,
    /// <summary>Signed 64-bit (API 1.01).</summary>
    S64 = 13,
}
#pragma warning restore CA1720
