namespace Ets2Coach.Habits;

/// <summary>Approach speed at toll gates, company yards and service areas (reference 5; all D).</summary>
public sealed record PoiOptions
{
    /// <summary>Speed is checked this far before a toll booth.</summary>
    public double TollCheckDistanceM { get; init; } = 50;

    /// <summary>Target speed at the toll check distance.</summary>
    public double TollTargetKmh { get; init; } = 30;

    /// <summary>Radius of a company yard or service area.</summary>
    public double YardRadiusM { get; init; } = 50;

    /// <summary>Target speed inside a yard or service area.</summary>
    public double YardTargetKmh { get; init; } = 20;

    /// <summary>Over the target by more than this: minor.</summary>
    public double MinorOverKmh { get; init; } = 10;

    /// <summary>Over the target by more than this: serious.</summary>
    public double SeriousOverKmh { get; init; } = 20;

    /// <summary>A service area is learnt where the fuel rose by more than this while stopped (litres).</summary>
    public double ServiceAreaFuelRiseL { get; init; } = 5;

    /// <summary>How much of the approach path is remembered to judge a POI learnt when its event arrives.</summary>
    public double HistoryMetres { get; init; } = 400;
}
