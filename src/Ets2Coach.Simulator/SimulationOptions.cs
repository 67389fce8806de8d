using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator;

/// <summary>
/// Everything that defines a simulated drive. The plan (route, manoeuvres, parameters, event times and
/// ground truth) depends on every member except <see cref="RateHz"/> and <see cref="Noise"/>: the same
/// seed sampled at 20 Hz, 60 Hz or 1 kHz is the same continuous drive.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>Lowest supported frame rate.</summary>
    public const double MinRateHz = 20;

    /// <summary>Highest supported frame rate.</summary>
    public const double MaxRateHz = 1000;

    /// <summary>Seed of the plan and the noise.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Frames per simulated second, 20–1000.</summary>
    public double RateHz { get; init; } = 60;

    /// <summary>How the simulated player drives.</summary>
    public DriverProfile Profile { get; init; } = DriverProfile.Average;

    /// <summary>Drive length on the coach's clock (paused time excluded), minutes.</summary>
    public double DurationMinutes { get; init; } = 15;

    /// <summary>Sensor noise on accelerations, velocities and steering.</summary>
    public NoiseLevel Noise { get; init; } = NoiseLevel.Low;

    /// <summary>"eut2" (Euro Truck Simulator 2) or "ats" (American Truck Simulator).</summary>
    public string GameId { get; init; } = "eut2";

    /// <summary>
    /// In-game minute (absolute, as in <c>game.time</c>) when the drive starts; null chooses about 18:00 so
    /// that a 15-minute drive (≈ 5 game hours at the map's time scale) runs from daylight through dusk into night.
    /// </summary>
    public double? StartGameTimeMinutes { get; init; }

    /// <summary>Channels the simulated game does not offer: their bits are never set in a frame.</summary>
    public TelemetryChannels AbsentChannels { get; init; }

    /// <summary>Lane width, m (E-road standard 3.5 m).</summary>
    public double LaneWidthM { get; init; } = 3.5;

    /// <summary>Game seconds per real second (<c>local.scale</c>): 19 in ETS2, 20 in ATS.</summary>
    public double LocalScale => GameId == "ats" ? 20 : 19;

    /// <summary>Checks every member; one line per problem, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!double.IsFinite(RateHz) || RateHz < MinRateHz || RateHz > MaxRateHz)
        {
            errors.Add($"RateHz must be between {MinRateHz} and {MaxRateHz} (got {RateHz}).");
        }

        if (Profile is null)
        {
            errors.Add("Profile is required (Careful, Average or Reckless).");
        }

        if (!double.IsFinite(DurationMinutes) || DurationMinutes < 3 || DurationMinutes > 240)
        {
            errors.Add($"DurationMinutes must be between 3 and 240 (got {DurationMinutes}).");
        }

        if (!Enum.IsDefined(Noise))
        {
            errors.Add($"Noise must be None, Low or High (got {Noise}).");
        }

        if (GameId is not ("eut2" or "ats"))
        {
            errors.Add($"GameId must be \"eut2\" or \"ats\" (got \"{GameId}\").");
        }

        if (StartGameTimeMinutes is { } start && (!double.IsFinite(start) || start < 0 || start > 1e8))
        {
            errors.Add($"StartGameTimeMinutes must be a non-negative in-game minute (got {start}).");
        }

        if ((AbsentChannels & ~TelemetryChannels.All) != 0)
        {
            errors.Add($"AbsentChannels has bits that are not channels (0x{(ulong)AbsentChannels:X}).");
        }

        if (!double.IsFinite(LaneWidthM) || LaneWidthM < 2.5 || LaneWidthM > 4.5)
        {
            errors.Add($"LaneWidthM must be between 2.5 and 4.5 (got {LaneWidthM}).");
        }

        return errors;
    }
}
