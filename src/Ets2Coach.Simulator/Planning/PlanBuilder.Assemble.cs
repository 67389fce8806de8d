using Ets2Coach.Simulator.Kinematics;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>Turns the builder's lists into an immutable <see cref="DrivePlan"/> with its configuration events.</summary>
internal sealed partial class PlanBuilder
{
    private static readonly (string Id, string Name)[] s_cargo =
    [
        ("milk", "Milk"), ("furniture", "Furniture"), ("electronics", "Electronics"), ("cement", "Cement"),
        ("apples", "Apples"), ("machine_parts", "Machine Parts"), ("paper", "Paper Rolls"), ("steel", "Steel Coils"),
    ];

    private static readonly (string Id, string Name)[] s_citiesEu = [("berlin", "Berlin"), ("praha", "Prague"), ("wien", "Vienna"), ("lyon", "Lyon"), ("milano", "Milan"), ("poznan", "Poznań")];

    private static readonly (string Id, string Name)[] s_citiesUs = [("sacramento", "Sacramento"), ("reno", "Reno"), ("phoenix", "Phoenix"), ("boise", "Boise"), ("denver", "Denver"), ("el_paso", "El Paso")];

    public DrivePlan Assemble()
    {
        var meta = new PlanRandom(_options.Seed, 0, 3);
        var engineOn = meta.Uniform(0.8, 1.5);
        var switches = Clone(Switches);
        switches.On(TruckSwitches.EngineEnabled, engineOn, EngineOffAt);
        switches.On(TruckSwitches.TrailerConnected, 0, double.MaxValue);
        var end = Now;
        var speed = Speed.Build();
        var configuration = InitialConfiguration(meta, speed);
        var events = new List<PlannedEvent>(Events);
        ulong gen = 1;
        events.Add(new PlannedEvent(0, 0, TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Controls, 1, gen), configuration));
        events.Add(new PlannedEvent(0, 0, TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Truck, 12, gen), configuration));
        events.Add(new PlannedEvent(0, 0, TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Trailer0, 8, gen), configuration));
        events.Add(new PlannedEvent(0, 0, TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Job, 19, gen), configuration));
        if (!double.IsNaN(DeliveredAt))
        {
            var generations = configuration.Generations.ToArray();
            generations[(int)ConfigurationGroup.Job] = 2;
            var after = configuration with { Job = null, Generations = generations };
            events.Add(new PlannedEvent((long)Math.Round((DeliveredAt + 0.5) * 1e6), 0, TelemetryEvent.ForConfiguration(0, 0, 0, ConfigurationGroup.Job, 0, 2), after));
        }

        var ordered = events.OrderBy(e => e.DriveTimeUs).ThenBy(e => e.Order).ToArray();
        return new DrivePlan
        {
            Options = _options,
            Truck = Truck,
            CargoKg = CargoKg,
            Speed = speed,
            Yaw = Yaw.Build(end),
            LaneChanges = new LaneChangeTimeline([.. LaneChanges.OrderBy(l => l.StartSeconds)]),
            Switches = switches.Build(),
            LimitKmh = LimitKmh.Build(),
            CruiseSetMps = CruiseControl(speed, meta),
            FuelAdded = new RampSum([.. FuelAdded]),
            WearJumps = new RampSum([.. WearJumps]),
            CargoDamageJumps = new RampSum([.. CargoDamageJumps]),
            Events = ordered,
            Pauses = [.. Pauses.OrderBy(p => p.DriveTimeUs)],
            Jumps = [.. Jumps],
            StartX = StartX,
            StartZ = StartZ,
            StartGameMinutes = StartGameMinutes,
            FuelStartL = Math.Round(meta.Uniform(200, 450), 1),
            WearStart = meta.Uniform(0.01, 0.08),
            OdometerStartKm = Math.Round(meta.Uniform(30_000, 400_000), 1),
            DurationSeconds = end,
            EngineOnAt = engineOn,
            EngineOffAt = EngineOffAt,
            BrakeHolds = BrakeHolds,
            HazardStops = HazardStops,
            Drafts = Drafts,
            Signalled = Signalled,
            Corners = Corners,
            Pois = Pois,
            LaneChangeOwners = LaneChangeOwners,
            InitialConfiguration = configuration,
            UsesRetarder = _profile.UsesRetarder,
        };
    }

    private static SwitchTimelineBuilder Clone(SwitchTimelineBuilder source)
    {
        var copy = new SwitchTimelineBuilder();
        copy.CopyFrom(source);
        return copy;
    }

    /// <summary>Cruise control on some long constant-speed stretches (set 3 s in, cancelled 0.5 s before the next change).</summary>
    private StepTimeline CruiseControl(SpeedTimeline speed, PlanRandom meta)
    {
        var cc = new StepTimelineBuilder(0);
        for (var i = 0; i + 1 < speed.KnotCount; i++)
        {
            var t0 = speed.KnotTime(i);
            var t1 = speed.KnotTime(i + 1);
            var v = speed.KnotSpeed(i);
            var draw = meta.NextDouble();
            if (speed.KnotAcceleration(i) == 0 && speed.KnotAcceleration(i + 1) == 0 && t1 - t0 >= 20 && v * KmhPerMps >= 60
                && Math.Abs(speed.KnotSpeed(i + 1) - v) < 1e-9 && draw < _profile.CruiseControlShare)
            {
                cc.Set(t0 + 3, v);
                cc.Set(t1 - 0.5, 0);
            }
        }

        return cc.Build();
    }

    private TelemetryConfiguration InitialConfiguration(PlanRandom meta, SpeedTimeline speed)
    {
        var ats = _options.GameId == "ats";
        var cities = ats ? s_citiesUs : s_citiesEu;
        var from = meta.Int(0, cities.Length);
        var to = (from + 1 + meta.Int(0, cities.Length - 1)) % cities.Length;
        var cargo = s_cargo[meta.Int(0, s_cargo.Length)];
        var generations = new ulong[16];
        generations[(int)ConfigurationGroup.Controls] = 1;
        generations[(int)ConfigurationGroup.Truck] = 1;
        generations[(int)ConfigurationGroup.Trailer0] = 1;
        generations[(int)ConfigurationGroup.Job] = 1;
        return new TelemetryConfiguration
        {
            ShifterType = "automatic",
            Truck = new TruckConfiguration
            {
                BrandId = ats ? "kenworth" : "scania",
                Brand = ats ? "Kenworth" : "Scania",
                Id = ats ? "vehicle.kenworth.t680" : "vehicle.scania.r_2016",
                Name = ats ? "T680" : "R",
                LicensePlate = $"SIM {_options.Seed % 1000:D3}",
                LicensePlateCountryId = ats ? "california" : "germany",
                FuelCapacityL = TruckModel.FuelCapacityL,
                RpmLimit = 2500,
                GearsForward = (uint)TruckModel.ForwardGears,
                GearsReverse = 2,
                RetarderSteps = 3,
                WheelCount = 6,
            },
            Trailers =
            [
                new TrailerConfiguration
                {
                    Index = 0, Id = "trailer.scs.box", CargoAccessoryId = "cargo." + cargo.Id, BrandId = "scs", Name = "Box trailer",
                    BodyType = "dryvan", ChainType = "single", LicensePlate = $"TRL {_options.Seed % 1000:D3}", WheelCount = 6,
                },
            ],
            Job = new JobConfiguration
            {
                CargoId = cargo.Id,
                Cargo = cargo.Name,
                CargoMassKg = (float)CargoKg,
                CargoUnitMassKg = (float)CargoKg,
                CargoUnitCount = 1,
                SourceCityId = cities[from].Id,
                SourceCity = cities[from].Name,
                SourceCompanyId = "sim_logistics",
                SourceCompany = "Sim Logistics",
                DestinationCityId = cities[to].Id,
                DestinationCity = cities[to].Name,
                DestinationCompanyId = "sim_depot",
                DestinationCompany = "Sim Depot",
                JobMarket = "cargo_market",
                Income = (ulong)meta.Int(3_000, 12_000),
                DeliveryTimeMinutes = (uint)(StartGameMinutes + 600),
                PlannedDistanceKm = (uint)Math.Max(1, Math.Round(speed.KnotCount > 0 ? EndOdometer(speed) / 1000 : 0)),
                CargoLoaded = true,
                IsSpecialJob = false,
            },
            Generations = generations,
        };
    }

    private static double EndOdometer(SpeedTimeline speed)
    {
        var c = 0;
        speed.Evaluate(speed.EndSeconds, ref c, out var s);
        return s.OdometerM;
    }
}
