namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Either the validated geometry or an error code with a one-line message naming the field.</summary>
internal readonly struct HeaderValidationResult
{
    private HeaderValidationResult(BlockGeometry geometry, HeaderError error, string? message)
    {
        Geometry = geometry;
        Error = error;
        Message = message;
    }

    /// <summary>True when <see cref="Geometry"/> is usable.</summary>
    public bool IsValid => Error == HeaderError.None;

    /// <summary>The validated geometry (default when invalid).</summary>
    public BlockGeometry Geometry { get; }

    /// <summary>What is wrong, or <see cref="HeaderError.None"/>.</summary>
    public HeaderError Error { get; }

    /// <summary>One line naming the field and its bad value; null when valid.</summary>
    public string? Message { get; }

    /// <summary>A valid result.</summary>
    public static HeaderValidationResult Valid(in BlockGeometry geometry) => new(geometry, HeaderError.None, null);

    /// <summary>A refusal.</summary>
    public static HeaderValidationResult Invalid(HeaderError error, string message) => new(default, error, message);
}
