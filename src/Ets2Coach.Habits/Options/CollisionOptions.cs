namespace Ets2Coach.Habits;

/// <summary>Collisions from wear jumps (reference 7; D).</summary>
public sealed record CollisionOptions
{
    /// <summary>A rise of the summed truck wear (engine, transmission, cabin, chassis, wheels) by at least this within <see cref="WearWindowSeconds"/> is a collision.</summary>
    public double WearJump { get; init; } = 0.005;

    /// <summary>Window for <see cref="WearJump"/>.</summary>
    public double WearWindowSeconds { get; init; } = 1;

    /// <summary>A crash fine and a wear jump this close are one collision.</summary>
    public double MergeSeconds { get; init; } = 5;
}
