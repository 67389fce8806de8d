using Ets2Coach.Simulator;

namespace Ets2Coach.Habits.Tests.Suite;

/// <summary>The finding kinds each detector emits, and the manoeuvres it judges (its opportunities in a drive).</summary>
public static class DetectorGroups
{
    public sealed record Group(string Detector, HabitKind[] Kinds, ManoeuvreKind[] Judges);

    public static IReadOnlyList<Group> All { get; } =
    [
        new("HardBraking", [HabitKind.HardBraking],
            [ManoeuvreKind.Stop, ManoeuvreKind.TrafficSlowdown, ManoeuvreKind.StopInLane, ManoeuvreKind.LimitDrop, ManoeuvreKind.TollGate, ManoeuvreKind.ServiceArea, ManoeuvreKind.CompanyYard, ManoeuvreKind.JunctionTurn]),
        new("StopAnticipation", [HabitKind.LateBraking],
            [ManoeuvreKind.Stop, ManoeuvreKind.StopInLane, ManoeuvreKind.TollGate, ManoeuvreKind.ServiceArea, ManoeuvreKind.CompanyYard, ManoeuvreKind.Ferry]),
        new("LimitDrop", [HabitKind.LimitDropLate, HabitKind.LimitDropMissed], [ManoeuvreKind.LimitDrop]),
        new("Speeding", [HabitKind.Speeding], [ManoeuvreKind.SpeedingStretch, ManoeuvreKind.LimitDrop, ManoeuvreKind.LimitRise]),
        new("FollowingDistance", [HabitKind.FollowingTooClose], [ManoeuvreKind.TrafficSlowdown, ManoeuvreKind.Stop]),
        new("LaneChange", [HabitKind.LaneChangeBrisk, HabitKind.LaneChangeAbrupt, HabitKind.LaneChangeSevere, HabitKind.Weaving],
            [ManoeuvreKind.LaneChange, ManoeuvreKind.Overtake]),
        new("Indicator", [HabitKind.IndicatorMissing, HabitKind.IndicatorLate, HabitKind.IndicatorVeryLate, HabitKind.IndicatorWrongSide, HabitKind.IndicatorNotCancelled],
            [ManoeuvreKind.LaneChange, ManoeuvreKind.Overtake, ManoeuvreKind.JunctionTurn]),
        new("Cornering", [HabitKind.HarshCornering], [ManoeuvreKind.Curve, ManoeuvreKind.JunctionTurn]),
        new("Lights", [HabitKind.LightsOffAtNight, HabitKind.LightsOffInRain, HabitKind.LightsOffAtDusk], [ManoeuvreKind.LightsChange, ManoeuvreKind.Rain]),
        new("PoiApproach", [HabitKind.TollApproachTooFast, HabitKind.YardApproachTooFast], [ManoeuvreKind.TollGate, ManoeuvreKind.ServiceArea, ManoeuvreKind.CompanyYard]),
        new("Blocking", [HabitKind.StoppedInLane], [ManoeuvreKind.StopInLane, ManoeuvreKind.Stop]),
        new("MenuWhileRolling", [HabitKind.MenuWhileRolling], [ManoeuvreKind.Pause]),
        new("Fine", [HabitKind.GameFine], [ManoeuvreKind.Fine]),
        new("Collision", [HabitKind.Collision], [ManoeuvreKind.Collision]),
    ];
}
