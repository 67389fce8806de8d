using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>
/// The route: yard → town → rural road → toll → motorway → service area → ferry → rural road → town → yard,
/// each section filled with manoeuvres drawn per profile until its share of the duration is used.
/// </summary>
internal sealed partial class PlanBuilder
{
    private const double ArrivalReserveSeconds = 125;
    private bool _collisionDone;

    public void BuildRoute()
    {
        var townCruise = CruiseSpeedFor(50);
        Switches.On(TruckSwitches.ElectricEnabled, 0, double.MaxValue);
        DepartYard(townCruise);

        var budget = DurationSeconds - ArrivalReserveSeconds;
        TownSection(Math.Min(Now + 150, budget), townCruise, maxItems: 5);

        var ruralKmh = _rng.Chance(0.5) ? 70.0 : 80.0;
        var motorwayKmh = 90.0;
        var open = budget - Now;
        var motorway = open > 300;
        var toll = motorway && _rng.Chance(0.85);
        var service = motorway && _rng.Chance(0.8);
        var ferry = open > 380 && _rng.Chance(0.6);

        // What the points of interest take, then the open road shares the rest: 30 % rural, 45 % motorway, 25 % rural.
        var roads = open - (toll ? 65 : 0) - (service ? 110 : 0) - (ferry ? 75 : 0);
        if (open > 40)
        {
            LimitRise(ruralKmh);
            OpenRoadSection(Now + (roads * (motorway ? 0.3 : 0.75)), ruralKmh, motorway: false);
            if (motorway)
            {
                // A toll plaza at the motorway entry, a service area as the way off it: the rig has to speed
                // up onto the motorway and slow down off it anyway.
                if (toll)
                {
                    TollGate(CruiseSpeedFor(ruralKmh) * 0.8);
                }

                LimitRise(motorwayKmh);
                OpenRoadSection(Now + (roads * 0.45), motorwayKmh, motorway: true);
                if (service)
                {
                    ServiceArea(ruralKmh);
                }
                else
                {
                    LimitDrop(ruralKmh, CruiseSpeedFor(ruralKmh));
                }
            }

            if (ferry && Now < budget - 90)
            {
                Ferry(ruralKmh);
            }

            OpenRoadSection(budget, ruralKmh, motorway: false);
            LimitDrop(50, townCruise);
        }

        TownSection(Math.Min(Now + 60, DurationSeconds - 120), townCruise, maxItems: 1);
        ArriveAtYard();
        CruiseUntil(Math.Max(DurationSeconds, Now + 8));
    }

    private void TownSection(double until, double cruise, int maxItems = 3)
    {
        var items = 0;
        while (items < maxItems && Now + 55 < until)
        {
            var r = _rng.NextDouble();
            if (r < 0.4)
            {
                JunctionTurn(_rng.Chance(0.5) ? 1 : -1, cruise);
            }
            else if (r < 0.7)
            {
                TrafficLightStop(cruise);
            }
            else
            {
                Curve();
            }

            items++;
        }
    }

    private enum Item
    {
        Curve,
        LaneChange,
        Overtake,
        Slowdown,
        Village,
        Roadworks,
        Speeding,
        StopInLane,
        Menu,
        Collision,
        WeighStation,
        Weave,
    }

    private static double Estimate(Item item) => item switch
    {
        Item.Curve => 18,
        Item.LaneChange => 40,
        Item.Overtake => 80,
        Item.Slowdown => 60,
        Item.Village => 110,
        Item.Roadworks => 110,
        Item.Speeding => 170,
        Item.StopInLane => 115,
        Item.Menu => 20,
        Item.Collision => 25,
        Item.Weave => 70,
        _ => 20,
    };

    private void OpenRoadSection(double until, double limitKmh, bool motorway)
    {
        var pending = new List<Item>();
        if (motorway)
        {
            _laneCount = _rng.Chance(0.5) ? 2 : 3;
            _lane = 0;
        }
        else
        {
            _laneCount = 1;
            _lane = 0;
        }

        if (_rng.Chance(_profile.SpeedingStretchShare))
        {
            pending.Add(Item.Speeding);
        }

        if (_rng.Chance(_profile.StopInLaneShare))
        {
            pending.Add(Item.StopInLane);
        }

        if (_rng.Chance(_profile.MenuWhileRollingShare))
        {
            pending.Add(Item.Menu);
        }

        if (!_collisionDone && _rng.Chance(_profile.CollisionShare))
        {
            pending.Add(Item.Collision);
            _collisionDone = true;
        }

        if (_rng.Chance(_profile.FineShare * 0.4))
        {
            pending.Add(Item.WeighStation);
        }

        if (_rng.Chance(_profile.WeavingShare * 0.5))
        {
            pending.Add(Item.Weave);
        }

        var villageDone = false;
        var roadworksDone = false;
        while (true)
        {
            var left = until - Now;
            var choices = new List<(Item Item, double Weight)> { (Item.Curve, motorway ? 5 : 6) };
            if (motorway && _laneCount > 1)
            {
                choices.Add((Item.LaneChange, 2.5));
            }

            if (!motorway || _lane < _laneCount - 1)
            {
                choices.Add((Item.Overtake, motorway ? 1.5 : 1.2));
            }

            choices.Add((Item.Slowdown, 1.5));
            if (!motorway && !villageDone)
            {
                choices.Add((Item.Village, 1));
            }

            if (motorway && !roadworksDone)
            {
                choices.Add((Item.Roadworks, 0.8));
            }

            foreach (var p in pending)
            {
                choices.Add((p, 4));
            }

            choices.RemoveAll(c => Estimate(c.Item) > left);
            if (choices.Count == 0)
            {
                break;
            }

            var weights = new double[choices.Count];
            for (var i = 0; i < choices.Count; i++)
            {
                weights[i] = choices[i].Weight;
            }

            var item = choices[_rng.Pick(weights)].Item;

            // What the section planned (POIs, faults) must happen before its time runs out.
            var owed = 0.0;
            foreach (var p in pending)
            {
                owed += Estimate(p);
            }

            if (pending.Count > 0 && left <= owed + 30)
            {
                var due = pending.FindIndex(p => Estimate(p) <= left);
                if (due >= 0)
                {
                    item = pending[due];
                }
            }

            pending.Remove(item);
            var cruise = V;
            switch (item)
            {
                case Item.Curve:
                    Curve();
                    break;
                case Item.LaneChange:
                    SingleLaneChange(_lane == 0 ? 1 : _lane == _laneCount - 1 ? -1 : (_rng.Chance(0.5) ? 1 : -1));
                    break;
                case Item.Overtake:
                    Overtake();
                    break;
                case Item.Slowdown:
                    TrafficSlowdown();
                    break;
                case Item.Village:
                    villageDone = true;
                    Village(limitKmh);
                    break;
                case Item.Roadworks:
                    roadworksDone = true;
                    Roadworks(limitKmh);
                    break;
                case Item.Speeding:
                    SpeedingStretch(limitKmh);
                    break;
                case Item.StopInLane:
                    StopInLane(cruise * KmhPerMps, allowLong: left > 170);
                    break;
                case Item.Menu:
                    MenuWhileRolling();
                    break;
                case Item.Collision:
                    Collision();
                    break;
                case Item.WeighStation:
                    WeighStationFine();
                    break;
                case Item.Weave:
                    KeepRight();
                    Overtake(forceWeave: true);
                    break;
            }
        }

        KeepRight();
        CruiseUntil(until);
    }

    private void KeepRight()
    {
        while (_lane > 0)
        {
            SingleLaneChange(-1);
        }
    }

    private void WeighStationFine()
    {
        Cruise(_rng.Uniform(3, 6));
        var d = Begin(ManoeuvreKind.Fine, Now);
        var (name, offence) = _rng.Chance(0.5) ? ("avoid_weighing", Offence.AvoidWeighing) : ("avoid_inspection", Offence.AvoidInspection);
        AddEvent(Now, TelemetryEvent.ForFine(0, 0, 0, name, offence, _rng.Int(120, 160)));
        d.Description = $"drove past a weigh station: {name} fine";
        Cruise(_rng.Uniform(3, 6));
    }
}
