namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// The standard detectors in run order: producers before consumers within a frame (turns and lane
/// changes before indicators and cornering; braking and limit drops before following distance and speeding).
/// </summary>
internal static class DetectorSet
{
    public static IHabitDetector[] Create(DetectorContext context) =>
    [
        new HardBrakingDetector(context),
        new StopAnticipationDetector(context),
        new LimitDropDetector(context),
        new SpeedingDetector(context),
        new TurnDetector(context),
        new LaneChangeDetector(context),
        new FollowingDistanceDetector(context),
        new IndicatorDetector(context),
        new CorneringDetector(context),
        new LightsDetector(context),
        new PoiApproachDetector(context),
        new BlockingDetector(context),
        new MenuWhileRollingDetector(context),
        new FineDetector(context),
        new CollisionDetector(context),
    ];
}
