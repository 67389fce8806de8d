namespace Ets2Coach.Habits;

/// <summary>The TruckersMP rule a habit protects (current numbering; multiplayer reference §2).</summary>
public enum TruckersMpRule
{
    /// <summary>No rule (a coaching tip).</summary>
    None = 0,
    /// <summary>§2.2 Collisions: causing a collision on purpose or through negligence.</summary>
    Collisions = 22,
    /// <summary>§2.3 Blocking: stopping where others must pass.</summary>
    Blocking = 23,
    /// <summary>§2.4 Wrong way and inappropriate overtaking.</summary>
    WrongWayOrOvertaking = 24,
    /// <summary>§2.5 Reckless driving.</summary>
    RecklessDriving = 25,
}
