using Ets2Coach.Simulator;

namespace Ets2Coach.Commands;

/// <summary>The parsed options of <c>ets2coach demo</c>; the defaults are the README's first command.</summary>
internal sealed record DemoSettings
{
    /// <summary>How the simulated player drives.</summary>
    public DriverProfile Profile { get; init; } = DriverProfile.Average;

    /// <summary>Seed of the route, manoeuvres and noise.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Frames per simulated second (20–1000).</summary>
    public double RateHz { get; init; } = 60;

    /// <summary>Drive length on the game's clock, minutes.</summary>
    public double Minutes { get; init; } = 15;

    /// <summary>Simulated seconds per wall-clock second (0: as fast as possible).</summary>
    public double Speedup { get; init; } = 15;

    /// <summary>Sensor noise.</summary>
    public NoiseLevel Noise { get; init; } = NoiseLevel.Low;

    /// <summary>Record the drive into a drive file.</summary>
    public bool Record { get; init; } = true;

    /// <summary>Folder for the drive file; null for the user's data folder (<see cref="AppPaths.DrivesDirectory"/>).</summary>
    public string? OutDirectory { get; init; }

    /// <summary>JSON lines instead of text.</summary>
    public bool Json { get; init; }

    /// <summary>Store the drive in the drive history.</summary>
    public bool StoreInHistory { get; init; } = true;

    /// <summary>The history database; null for the one in the user's data folder (<see cref="AppPaths.HistoryDatabase"/>).</summary>
    public string? HistoryDatabase { get; init; }

    /// <summary>The simulator's options for this drive.</summary>
    public SimulationOptions Simulation => new()
    {
        Profile = Profile,
        Seed = Seed,
        RateHz = RateHz,
        DurationMinutes = Minutes,
        Noise = Noise,
    };
}
