using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.State;

internal sealed partial class DriveState
{
    /// <summary>Speed within this of the phase maximum still counts as "at the maximum" (noise on a plateau; smoothed speed noise is ~0.03 km/h).</summary>
    private const double NearMaxToleranceMps = 0.3 / 3.6;

    /// <summary>A rise of this much above the lowest speed since the maximum is acceleration: a new phase starts.</summary>
    private const double AccelerationHysteresisMps = 1.5 / 3.6;

    /// <summary>Smoothed deceleration within ± this ...</summary>
    private const double SteadyDecelerationMps2 = 0.15;

    /// <summary>... for this long is a steady stretch (a plateau counts as a speed maximum): a braking phase starts at its end.</summary>
    private const double SteadySeconds = 1.0;

    private double _steadySince = double.NaN;
    private bool _arrivalPortPending;
    private bool _configTrailer;
    private bool _trailerConnected;
    private double _cargoKg;
    private bool _hadJob;
    private bool _phaseValid;
    private double _phaseMinSpeed;
    private bool _stoppedForRefuel;
    private double _fuelAtStop;
    private bool _refuelLearnt;

    // ---- mass ----
    public double MassKg { get; private set; }

    /// <summary>Trailer coupled with at least the loaded cargo mass (cornering levels).</summary>
    public bool IsLoaded { get; private set; }
    public double FirmMps2 { get; private set; }
    public double HarshMps2 { get; private set; }
    public double EmergencyMps2 { get; private set; }
    public double ExtremeMps2 { get; private set; }

    // ---- braking phase before a stop (docs/habits.md, LateBraking) ----

    /// <summary>The last speed maximum with no acceleration since, m/s (smoothed speed).</summary>
    public double PhaseMaxSpeedMps { get; private set; }

    /// <summary>The last moment the speed was at that maximum: the start of the braking phase.</summary>
    public double PhaseStartSeconds { get; private set; }

    /// <summary>The highest smoothed deceleration since the phase started.</summary>
    public double PhasePeakDecelerationMps2 { get; private set; }

    /// <summary>Reads the configuration after a configuration event: mass estimate and the yard POI of a new job.</summary>
    public void ApplyConfiguration(TelemetryConfiguration? configuration)
    {
        if (configuration is null)
        {
            return;
        }

        _configTrailer = configuration.Trailers is { Count: > 0 };
        var job = configuration.Job;
        var cargo = job?.CargoMassKg;
        _cargoKg = job is not null && job.CargoLoaded != false && cargo is { } m && float.IsFinite(m) && m > 0 ? m : 0;
        if (job is not null && !_hadJob && (Available & Signals.Position) != 0)
        {
            // A job accepted here: the truck stands in a company yard.
            Pois.Add(new Poi(PoiKind.CompanyYard, XMetres, ZMetres, TimeSeconds));
        }

        _hadJob = job is not null;
        _switchesDecoded = false; // the trailer may come from the configuration
        RecomputeMass();
    }

    /// <summary>Learns POIs from gameplay events and notes discontinuities they imply.</summary>
    public void ApplyEvent(in TelemetryEvent e)
    {
        switch (e.Kind)
        {
            case TelemetryEventKind.TimerRestart:
                RequestRestart();
                break;
            case TelemetryEventKind.TollgatePaid:
                LearnPoi(PoiKind.TollGate);
                break;
            case TelemetryEventKind.JobDelivered:
                LearnPoi(PoiKind.CompanyYard);
                break;
            case TelemetryEventKind.FerryUsed:
            case TelemetryEventKind.TrainUsed:
                // Both ends are ports: this one now, the arrival at the first frame after the crossing.
                LearnPoi(PoiKind.Port);
                RequestRestart();
                _arrivalPortPending = true;
                break;
            default:
                break;
        }
    }

    private void LearnPoi(PoiKind kind)
    {
        if ((Available & Signals.Position) != 0 && Frames > 0)
        {
            Pois.Add(new Poi(kind, XMetres, ZMetres, TimeSeconds));
        }
    }

    /// <summary>After a ferry or train, the first position is the arrival port.</summary>
    private void LearnArrivalPort()
    {
        if (_arrivalPortPending && (Available & Signals.Position) != 0)
        {
            _arrivalPortPending = false;
            Pois.Add(new Poi(PoiKind.Port, XMetres, ZMetres, TimeSeconds));
        }
    }

    private void RecomputeMass()
    {
        var m = _options.Mass;
        MassKg = m.TruckTareKg + (_trailerConnected ? m.TrailerTareKg + _cargoKg : 0);
        IsLoaded = _trailerConnected && _cargoKg >= m.LoadedCargoKg;
        (FirmMps2, HarshMps2, EmergencyMps2, ExtremeMps2) = _options.BrakingLevelsFor(MassKg);
    }

    private void UpdateStopPhase(double dt)
    {
        if ((Available & Signals.Speed) == 0)
        {
            return;
        }

        if (Reversing)
        {
            ResetStopPhase();
            return;
        }

        var vs = SmoothedSpeedMps;
        if (Math.Abs(DecelerationMps2) > SteadyDecelerationMps2)
        {
            _steadySince = double.NaN;
        }
        else if (double.IsNaN(_steadySince))
        {
            _steadySince = TimeSeconds;
        }

        // A steady stretch (cruising) counts as a speed maximum: while it lasts the phase restarts at the current speed.
        var steady = TimeSeconds - _steadySince >= SteadySeconds;
        if (!_phaseValid || vs > PhaseMaxSpeedMps || steady)
        {
            PhaseMaxSpeedMps = vs;
            PhaseStartSeconds = TimeSeconds;
            _phaseMinSpeed = vs;
            PhasePeakDecelerationMps2 = 0;
            _phaseValid = true;
            return;
        }

        if (vs >= PhaseMaxSpeedMps - NearMaxToleranceMps)
        {
            PhaseStartSeconds = TimeSeconds;
        }
        else if (_previousSmoothedSpeed >= PhaseMaxSpeedMps - NearMaxToleranceMps && dt > 0)
        {
            PhaseStartSeconds = Crossing.Time(_previousTime, _previousSmoothedSpeed, TimeSeconds, vs, PhaseMaxSpeedMps - NearMaxToleranceMps);
        }

        if (vs < _phaseMinSpeed)
        {
            _phaseMinSpeed = vs;
        }
        else if (vs > _phaseMinSpeed + AccelerationHysteresisMps)
        {
            // Accelerated since the maximum: a new phase starts here.
            PhaseMaxSpeedMps = vs;
            PhaseStartSeconds = TimeSeconds;
            _phaseMinSpeed = vs;
            PhasePeakDecelerationMps2 = 0;
            return;
        }

        if (vs < PhaseMaxSpeedMps - NearMaxToleranceMps && DecelerationMps2 > PhasePeakDecelerationMps2)
        {
            PhasePeakDecelerationMps2 = DecelerationMps2;
        }
    }

    private void ResetStopPhase()
    {
        _phaseValid = false;
        _steadySince = double.NaN;
        PhaseMaxSpeedMps = 0;
        PhasePeakDecelerationMps2 = 0;
    }

    private void UpdateRefuel(Signals available)
    {
        // A service area: fuel rose by more than the set amount while stopped.
        var stopped = (available & Signals.Speed) != 0 && SpeedKmh < _options.Blocking.StoppedBelowKmh;
        if (!stopped || (available & Signals.Fuel) == 0)
        {
            _stoppedForRefuel = false;
            return;
        }

        if (!_stoppedForRefuel)
        {
            _stoppedForRefuel = true;
            _fuelAtStop = FuelL;
            _refuelLearnt = false;
            return;
        }

        if (!_refuelLearnt && FuelL - _fuelAtStop > _options.Poi.ServiceAreaFuelRiseL && (available & Signals.Position) != 0)
        {
            _refuelLearnt = true;
            Pois.Add(new Poi(PoiKind.ServiceArea, XMetres, ZMetres, TimeSeconds));
        }
    }
}
