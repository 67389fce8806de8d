namespace Ets2Coach.Habits;

/// <summary>The scored habits (reference §7.2); each <see cref="HabitKind"/> belongs to exactly one.</summary>
public enum HabitCategory
{
    /// <summary>Braking, anticipation of stops and limit drops, speeding, following distance (1a–1c). Weight 25 %.</summary>
    Braking = 0,
    /// <summary>Sudden lane changes, weaving and harsh cornering (4a, 1d). Weight 20 %.</summary>
    LaneDiscipline = 1,
    /// <summary>Indicators before lane changes and turns (2a, 2b). Weight 15 %.</summary>
    Indicators = 2,
    /// <summary>Stopping on live roads, menus while rolling (6). Weight 15 %.</summary>
    Blocking = 3,
    /// <summary>Headlights at night and in rain (3). Weight 10 %.</summary>
    Lights = 4,
    /// <summary>Slowing before toll gates, yards and service areas (5). Weight 10 %.</summary>
    PoiApproach = 5,
    /// <summary>The game's own fines and collisions (7). Weight 5 %.</summary>
    FinesAndCollisions = 6,
}
