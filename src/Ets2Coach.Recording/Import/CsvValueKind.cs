namespace Ets2Coach.Recording.Import;

/// <summary>How a CSV column's text becomes frame bytes.</summary>
internal enum CsvValueKind
{
    /// <summary>The row's time (seconds after scaling).</summary>
    Time,

    /// <summary>A 4-byte float field.</summary>
    Single,

    /// <summary>An 8-byte float field.</summary>
    Double,

    /// <summary>A signed 4-byte integer field (rounded).</summary>
    Int32,

    /// <summary>An unsigned 4-byte integer field (rounded, must not be negative).</summary>
    UInt32,

    /// <summary>A boolean channel: a bit of <see cref="Telemetry.TruckSwitches"/>.</summary>
    Switch,

    /// <summary>The paused flag of <see cref="Telemetry.FrameState"/>.</summary>
    Paused,
}
