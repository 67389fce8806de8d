using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry;

/// <summary>
/// The SDK's Euler angles, in fractions of a full turn (multiply by 360 for degrees).
/// Heading is counter-clockwise seen from above, 0 = north (-Z), 0.25 = west.
/// </summary>
/// <param name="HeadingTurns">[0, 1).</param>
/// <param name="PitchTurns">[-0.25, 0.25], nose up positive.</param>
/// <param name="RollTurns">[-0.5, 0.5].</param>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct Orientation(float HeadingTurns, float PitchTurns, float RollTurns);
