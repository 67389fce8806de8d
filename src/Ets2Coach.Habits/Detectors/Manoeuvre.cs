namespace Ets2Coach.Habits.Detectors;

/// <summary>A lane change or junction turn, published by its detector for the indicator detector and others.</summary>
/// <param name="IsTurn">True for a junction turn, false for a lane change.</param>
/// <param name="Side">+1 left, −1 right.</param>
/// <param name="StartSeconds">The manoeuvre's start (lane change: |v_lat| over the threshold; turn: 7.5° off the approach heading).</param>
/// <param name="EndSeconds">Its end.</param>
/// <param name="SpeedAtStartMps">Speed at the start.</param>
/// <param name="ApproachSpeedMps">Turns: the approach speed that sets the required indicator lead.</param>
internal readonly record struct Manoeuvre(bool IsTurn, int Side, double StartSeconds, double EndSeconds, double SpeedAtStartMps, double ApproachSpeedMps);
