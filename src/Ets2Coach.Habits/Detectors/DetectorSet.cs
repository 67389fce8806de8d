namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// The standard detectors in run order — producers before consumers within a frame (turns and lane
/// changes before indicators and cornering; braking and limit drops before following distance and
/// speeding) — with a direct-call frame loop: each call is to a sealed type, so the JIT can bind and
/// inline it instead of making fifteen indirect calls per frame (measured ≈ 40 ns per frame).
/// </summary>
internal sealed class DetectorSet
{
    private readonly HardBrakingDetector _hardBraking;
    private readonly StopAnticipationDetector _stopAnticipation;
    private readonly LimitDropDetector _limitDrop;
    private readonly SpeedingDetector _speeding;
    private readonly TurnDetector _turn;
    private readonly LaneChangeDetector _laneChange;
    private readonly FollowingDistanceDetector _followingDistance;
    private readonly IndicatorDetector _indicator;
    private readonly CorneringDetector _cornering;
    private readonly LightsDetector _lights;
    private readonly PoiApproachDetector _poiApproach;
    private readonly BlockingDetector _blocking;
    private readonly MenuWhileRollingDetector _menuWhileRolling;
    private readonly FineDetector _fine;
    private readonly CollisionDetector _collision;

    public DetectorSet(DetectorContext context)
    {
        _hardBraking = new HardBrakingDetector(context);
        _stopAnticipation = new StopAnticipationDetector(context);
        _limitDrop = new LimitDropDetector(context);
        _speeding = new SpeedingDetector(context);
        _turn = new TurnDetector(context);
        _laneChange = new LaneChangeDetector(context);
        _followingDistance = new FollowingDistanceDetector(context);
        _indicator = new IndicatorDetector(context);
        _cornering = new CorneringDetector(context);
        _lights = new LightsDetector(context);
        _poiApproach = new PoiApproachDetector(context);
        _blocking = new BlockingDetector(context);
        _menuWhileRolling = new MenuWhileRollingDetector(context);
        _fine = new FineDetector(context);
        _collision = new CollisionDetector(context);
        All =
        [
            _hardBraking, _stopAnticipation, _limitDrop, _speeding, _turn, _laneChange, _followingDistance, _indicator,
            _cornering, _lights, _poiApproach, _blocking, _menuWhileRolling, _fine, _collision,
        ];
    }

    /// <summary>Every standard detector, in run order (index = position in the frame loop).</summary>
    public DetectorBase[] All { get; }

    /// <summary>False once any standard detector was disabled (the frame loop then checks each flag).</summary>
    public bool AllEnabled { get; set; } = true;

    /// <summary>
    /// Runs the live-frame update of every enabled detector from <paramref name="position"/> on. When one
    /// throws, <paramref name="position"/> is left on it so the caller can disable it and resume after it.
    /// </summary>
    public void RunFrame(bool[] enabled, ref int position)
    {
        if (position == 0 && AllEnabled)
        {
            // The usual case, straight-line: no jump table, no flag per detector.
            _hardBraking.OnFrame();
            position = 1;
            _stopAnticipation.OnFrame();
            position = 2;
            _limitDrop.OnFrame();
            position = 3;
            _speeding.OnFrame();
            position = 4;
            _turn.OnFrame();
            position = 5;
            _laneChange.OnFrame();
            position = 6;
            _followingDistance.OnFrame();
            position = 7;
            _indicator.OnFrame();
            position = 8;
            _cornering.OnFrame();
            position = 9;
            _lights.OnFrame();
            position = 10;
            _poiApproach.OnFrame();
            position = 11;
            _blocking.OnFrame();
            position = 14; // 12 and 13 (menu, fines) have no frame work

            _collision.OnFrame();
            position = All.Length;
            return;
        }

        for (; position < All.Length; position++)
        {
            if (!enabled[position])
            {
                continue;
            }

            switch (position)
            {
                case 0: _hardBraking.OnFrame(); break;
                case 1: _stopAnticipation.OnFrame(); break;
                case 2: _limitDrop.OnFrame(); break;
                case 3: _speeding.OnFrame(); break;
                case 4: _turn.OnFrame(); break;
                case 5: _laneChange.OnFrame(); break;
                case 6: _followingDistance.OnFrame(); break;
                case 7: _indicator.OnFrame(); break;
                case 8: _cornering.OnFrame(); break;
                case 9: _lights.OnFrame(); break;
                case 10: _poiApproach.OnFrame(); break;
                case 11: _blocking.OnFrame(); break;
                case 12: _menuWhileRolling.OnFrame(); break;
                case 13: _fine.OnFrame(); break;
                default: _collision.OnFrame(); break;
            }
        }
    }
}
