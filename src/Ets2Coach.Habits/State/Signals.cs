namespace Ets2Coach.Habits.State;

/// <summary>Derived signals that are usable in the current frame (channel present and finite).</summary>
[Flags]
internal enum Signals : uint
{
    None = 0,
    Speed = 1u << 0,
    Deceleration = 1u << 1,
    Lateral = 1u << 2,
    Heading = 1u << 3,
    Position = 1u << 4,
    Limit = 1u << 5,
    Lights = 1u << 6,
    Wipers = 1u << 7,
    Blinkers = 1u << 8,
    GameClock = 1u << 9,
    Fuel = 1u << 10,
    Wear = 1u << 11,
}
