namespace Ets2Coach.Habits;

/// <summary>Indicator lead before lane changes and turns (reference 2a, 2b).</summary>
public sealed record IndicatorOptions
{
    /// <summary>Lane changes: lead of at least 3 s = 3 flashes at the slowest legal flasher rate (A/C).</summary>
    public double LaneChangeLeadSeconds { get; init; } = 3;

    /// <summary>Turns approached below <see cref="FastApproachKmh"/>: at least 3 s ...</summary>
    public double UrbanTurnLeadSeconds { get; init; } = 3;

    /// <summary>... and at least 30 m (DEKRA; California §22108 100 ft).</summary>
    public double UrbanTurnLeadMetres { get; init; } = 30;

    /// <summary>Turns and exits approached at or above <see cref="FastApproachKmh"/>: at least 5 s ...</summary>
    public double FastTurnLeadSeconds { get; init; } = 5;

    /// <summary>... and at least 60 m (Illinois 200 ft, Indiana 300 ft).</summary>
    public double FastTurnLeadMetres { get; init; } = 60;

    /// <summary>Approach speed that makes a turn "fast".</summary>
    public double FastApproachKmh { get; init; } = 60;

    /// <summary>Less lead than this (or on only after the move began) is very late (D).</summary>
    public double VeryLateSeconds { get; init; } = 1;

    /// <summary>How far back before a manoeuvre a signal is searched for (D).</summary>
    public double SearchBackSeconds { get; init; } = 15;

    /// <summary>A signal still on this long after the manoeuvre ended was not cancelled (D, HC r.103).</summary>
    public double NotCancelledSeconds { get; init; } = 5;

    /// <summary>A missing signal at this speed or more is serious (multi-lane road assumed), else minor.</summary>
    public double MissingSeriousAtKmh { get; init; } = 60;
}
