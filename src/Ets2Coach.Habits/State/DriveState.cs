namespace Ets2Coach.Habits.State;

/// <summary>
/// Everything the detectors share, derived once per frame (docs/habits.md, "Conventions"): the
/// simulation clock, speed, smoothed deceleration and lateral acceleration, unwrapped heading and yaw
/// rate, distance, discontinuities, mass, limit, game clock, switches, the 10 Hz path history and the
/// POIs learnt so far. Channels that are absent or not finite leave their <see cref="Signals"/> bit clear.
/// </summary>
internal sealed partial class DriveState
{
    private const double TwoPi = 2 * Math.PI;

    /// <summary>A frame gap longer than this means frames were lost: the drive restarts there.</summary>
    public const double MaxGapSeconds = 2.0;

    /// <summary>Jumps beyond |v|·Δt plus this are teleports (ferry, train, reload).</summary>
    public const double JumpAllowanceM = 20;

    /// <summary>Speed below this (negative) counts as reversing, so standstill noise does not.</summary>
    public const double ReversingBelowMps = -0.5 / 3.6;

    private readonly HabitOptions _options;
    private readonly SmoothingFactors _factors;
    private Ema _speed;
    private Ema _deceleration;
    private Ema _lateral;
    private Ema _lateralFast;
    private Ema _yawRate;

    private bool _hasPrevious;
    private bool _restartPending;
    private double _previousTime;
    private double _previousSpeedAbs;
    private double _previousRawSpeed;
    private bool _previousHadPosition;
    private double _previousX;
    private double _previousY;
    private double _previousZ;
    private double _previousHeadingTurns;
    private double _previousHeadingRad;
    private double _previousDistance;
    private double _previousSmoothedSpeed;

    public DriveState(HabitOptions options)
    {
        _options = options;
        _factors = new SmoothingFactors(1 / options.Braking.SmoothingSeconds, 1 / options.LaneChanges.LateralPeakSmoothingSeconds);
        RecomputeMass();
    }

    public HabitOptions Options => _options;

    /// <summary>Path samples on a 10 Hz grid, for look-backs.</summary>
    public PathHistory History { get; } = new();

    /// <summary>Points of interest learnt so far.</summary>
    public PoiMemory Pois { get; } = new();

    // ---- clock ----
    public double TimeSeconds { get; private set; }
    public double DtSeconds { get; private set; }
    public bool Paused { get; private set; }

    /// <summary>True on the first frame of the drive and of every segment after a discontinuity: close episodes silently.</summary>
    public bool SegmentStart { get; private set; }

    /// <summary>Frames processed (unpaused).</summary>
    public long Frames { get; private set; }

    /// <summary>Simulation seconds driven, excluding pauses and gaps.</summary>
    public double DrivenSeconds { get; private set; }

    public Signals Available { get; private set; }

    // ---- motion ----
    /// <summary>Signed speed, m/s (negative reversing).</summary>
    public double SpeedMps { get; private set; }
    public double SpeedAbsMps { get; private set; }
    public double SpeedKmh => SpeedAbsMps * 3.6;

    /// <summary>Speed smoothed with the braking time constant, m/s (absolute).</summary>
    public double SmoothedSpeedMps { get; private set; }
    public bool Reversing { get; private set; }

    /// <summary>True when speed is known and the truck is not reversing.</summary>
    public bool Forward => (Available & Signals.Speed) != 0 && !Reversing;

    public double DecelerationMps2 { get; private set; }
    public double PreviousDecelerationMps2 { get; private set; }

    /// <summary>Smoothed lateral acceleration, m/s², positive to the right.</summary>
    public double LateralMps2 { get; private set; }
    public double PreviousLateralMps2 { get; private set; }

    /// <summary>Lightly smoothed lateral acceleration for lane-change peaks, positive to the right.</summary>
    public double LateralFastMps2 { get; private set; }

    /// <summary>Square of the raw horizontal acceleration (collision spikes; squared to spare a root per frame).</summary>
    public double AccelerationSquaredMps4 { get; private set; }

    /// <summary>Unwrapped heading, radians, counter-clockwise positive.</summary>
    public double HeadingRad { get; private set; }
    public double PreviousHeadingRad => _previousHeadingRad;

    /// <summary>Smoothed yaw rate, rad/s, counter-clockwise (left) positive.</summary>
    public double YawRateRadPerS { get; private set; }

    public double XMetres { get; private set; }
    public double YMetres { get; private set; }
    public double ZMetres { get; private set; }

    /// <summary>Distance travelled in this drive (path, teleports excluded), metres.</summary>
    public double DistanceM { get; private set; }

    /// <summary>The previous live frame's time, speed and smoothed speed (equal to the current ones at a segment start), for interpolated crossings.</summary>
    public double PreviousTimeSeconds { get; private set; }
    public double PreviousSpeedAbsMps { get; private set; }
    public double PreviousSmoothedSpeedMps { get; private set; }

    // ---- road and clock ----
    /// <summary>Navigation limit, m/s; 0 when unknown.</summary>
    public double LimitMps { get; private set; }
    public double PreviousLimitMps { get; private set; }
    public bool LimitKnown => LimitMps > 0;

    /// <summary>The limit fell between two known values by more than the minimum drop in this frame.</summary>
    public bool LimitDropped { get; private set; }

    /// <summary>The limit (or its known-ness) changed in this frame.</summary>
    public bool LimitChanged { get; private set; }

    /// <summary>Minute of the game day, 0–1439; −1 when unknown.</summary>
    public int MinuteOfDay { get; private set; } = -1;

    // ---- switches ----
    public bool LightsOn { get; private set; }
    public bool WipersOn { get; private set; }

    /// <summary>Logical left indicator, masked off while the hazards are on.</summary>
    public bool LeftBlinker { get; private set; }
    public bool RightBlinker { get; private set; }
    public bool Hazard { get; private set; }
    public double FuelL { get; private set; }
    public double WearSum { get; private set; }
}
