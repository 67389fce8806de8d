namespace Ets2Coach.Telemetry;

/// <summary>Configuration groups the game sends (<c>e2c_config_id</c>). Trailer N is <c>Trailer0 + N</c>.</summary>
public enum ConfigurationGroup : uint
{
    /// <summary><c>substances</c>.</summary>
    Substances = 0,
    /// <summary><c>controls</c>.</summary>
    Controls = 1,
    /// <summary><c>hshifter</c>.</summary>
    HShifter = 2,
    /// <summary><c>truck</c>.</summary>
    Truck = 3,
    /// <summary><c>trailer</c> / <c>trailer.0</c>; trailers 1..9 follow.</summary>
    Trailer0 = 4,
    /// <summary><c>job</c>.</summary>
    Job = 14,
}
