namespace Ets2Coach.Habits.Detectors;

/// <summary>A 10 Hz sample of the road reference and the truck's heading and speed, for re-anchoring a lane change.</summary>
internal readonly record struct ReferenceSnapshot(double TimeSeconds, double ReferenceHeadingRad, double ReferenceRateRadPerS, double HeadingRad, double SpeedMps);
