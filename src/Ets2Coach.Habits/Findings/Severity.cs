namespace Ets2Coach.Habits;

/// <summary>The DVSA-style severity ladder (habit-scoring reference §2).</summary>
public enum Severity
{
    /// <summary>Not worth a fault; a coaching tip only. Scores 0 points.</summary>
    Info = 0,
    /// <summary>A driving fault. Scores 1 point.</summary>
    Minor = 1,
    /// <summary>Potentially dangerous. Scores 5 points.</summary>
    Serious = 2,
    /// <summary>Actual danger, or a game / TruckersMP offence. Scores 15 points.</summary>
    Dangerous = 3,
}
