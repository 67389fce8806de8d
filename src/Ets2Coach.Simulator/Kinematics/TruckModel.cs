namespace Ets2Coach.Simulator.Kinematics;

/// <summary>
/// The simulated tractor-semitrailer: mass, power-limited traction, braking capability, gearbox and the
/// driver inputs that produce a planned acceleration. Kinematic, not dynamic: the planner never asks for
/// more than this model can do, and the inputs are derived from the planned motion.
/// </summary>
internal sealed class TruckModel
{
    /// <summary>Service-brake capability of the rig (the brief's "max braking ~5 m/s²"; FMVSS-121 ≈ 4.7 m/s² mean).</summary>
    public const double MaxDecelerationMps2 = 5.2;

    /// <summary>Tractor wheelbase, m (steering = atan(wheelbase·curvature) / max angle).</summary>
    public const double WheelbaseM = 3.9;

    /// <summary>Largest road-wheel steering angle, rad (34°).</summary>
    public const double MaxSteeringAngleRad = 0.6;

    /// <summary>Fifth wheel (truck origin) to the trailer's axle group, m (kinematic hitch model).</summary>
    public const double TrailerLengthM = 10.0;

    /// <summary>Engine power at the wheels, W (≈ 480 hp after driveline losses).</summary>
    public const double WheelPowerW = 360_000;

    /// <summary>Traction limit, N.</summary>
    public const double TractionLimitN = 32_000;

    public const double IdleRpm = 650;

    public const float FuelCapacityL = 900;

    /// <summary>Fuel used per metre, litres (35 l/100 km).</summary>
    public const double FuelPerMetreL = 0.00035;

    private static readonly double[] s_ratios = [14.93, 11.64, 9.02, 7.04, 5.64, 4.40, 3.39, 2.64, 2.05, 1.60, 1.28, 1.00];
    private const double ReverseRatio = 13.5;
    private const double FinalDrive = 2.85;
    private const double WheelRadiusM = 0.52;
    private const double RadPerSToRpm = 60 / (2 * Math.PI);

    public TruckModel(double totalMassKg) => TotalMassKg = totalMassKg;

    public double TotalMassKg { get; }

    public static int ForwardGears => s_ratios.Length;

    /// <summary>Rolling resistance and drag as a deceleration, m/s².</summary>
    public double ResistanceMps2(double speedMps)
    {
        var v = Math.Abs(speedMps);
        if (v < 0.05)
        {
            return 0;
        }

        // Rolling 0.6 % of weight; drag ½ρ·CdA·v² with CdA = 6.5 m².
        return (0.006 * 9.81) + (0.5 * 1.2 * 6.5 * v * v / TotalMassKg);
    }

    /// <summary>Largest acceleration the engine can give before resistance, m/s².</summary>
    public double EngineMaxMps2(double speedMps)
    {
        var v = Math.Max(Math.Abs(speedMps), 2.0);
        return Math.Min(TractionLimitN, WheelPowerW / v) / TotalMassKg;
    }

    /// <summary>Largest net acceleration at a speed (full throttle minus resistance), m/s².</summary>
    public double NetMaxAccelerationMps2(double speedMps) => EngineMaxMps2(speedMps) - ResistanceMps2(speedMps);

    /// <summary>Gear for a speed: the highest whose rpm is at least 1,050 (automatic gearbox), −1 when reversing.</summary>
    public static int GearFor(double speedMps, bool stationaryInGear)
    {
        if (speedMps < -0.01)
        {
            return -1;
        }

        if (speedMps < 0.3)
        {
            return stationaryInGear ? 1 : 0;
        }

        var wheel = speedMps / WheelRadiusM * FinalDrive * RadPerSToRpm;
        for (var g = s_ratios.Length - 1; g >= 0; g--)
        {
            if (wheel * s_ratios[g] >= 1050)
            {
                return g + 1;
            }
        }

        return 1;
    }

    public static double RpmFor(double speedMps, int gear, bool engineOn)
    {
        if (!engineOn)
        {
            return 0;
        }

        if (gear == 0)
        {
            return IdleRpm;
        }

        var ratio = gear < 0 ? ReverseRatio : s_ratios[gear - 1];
        var rpm = Math.Abs(speedMps) / WheelRadiusM * FinalDrive * ratio * RadPerSToRpm;
        return Math.Max(IdleRpm, rpm);
    }

    /// <summary>Pedals and retarder that give the planned acceleration at a speed.</summary>
    public DriverInputs InputsFor(double accelerationMps2, double speedMps, bool usesRetarder)
    {
        var v = Math.Abs(speedMps);
        if (v < 0.01 && Math.Abs(accelerationMps2) < 1e-6)
        {
            return default;
        }

        // Work in the direction of travel so reversing uses the same pedals.
        var along = speedMps < 0 || (v < 0.01 && accelerationMps2 < 0) ? -accelerationMps2 : accelerationMps2;
        var demand = along + ResistanceMps2(v);
        if (demand >= 0)
        {
            return new DriverInputs((float)Math.Clamp(demand / EngineMaxMps2(v), 0, 1), 0, 0);
        }

        var decel = -demand;
        if (usesRetarder && decel <= 0.36)
        {
            return new DriverInputs(0, 0, (uint)Math.Clamp(Math.Ceiling(decel / 0.12), 1, 3));
        }

        return new DriverInputs(0, (float)Math.Clamp(decel / (MaxDecelerationMps2 - ResistanceMps2(v)), 0, 1), 0);
    }
}

/// <summary>Throttle and brake (0..1) and retarder step.</summary>
internal readonly record struct DriverInputs(float Throttle, float Brake, uint RetarderLevel);
