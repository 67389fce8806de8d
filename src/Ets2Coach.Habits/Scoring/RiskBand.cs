namespace Ets2Coach.Habits;

/// <summary>Score bands (Geotab defaults, reference §7.1): 90 / 75 / 60.</summary>
public enum RiskBand
{
    /// <summary>90–100.</summary>
    LowRisk = 0,
    /// <summary>75–90.</summary>
    Mild = 1,
    /// <summary>60–75.</summary>
    Medium = 2,
    /// <summary>Below 60.</summary>
    HighRisk = 3,
}
