using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.State;

/// <summary>The navigation limit, the game clock, the switches (lights, wipers, blinkers), fuel and wear.</summary>
internal sealed partial class DriveState
{
    private ulong _switchKey;
    private bool _switchesDecoded;
    private Signals _switchSignals;
    private uint _gameMinutes;

    private Signals UpdateRoadAndSwitches(in TelemetryFrame f, Signals available)
    {
        var ch = f.ChannelsPresent;

        // Navigation limit: 0 or absent means unknown (Route Advisor limit switched off).
        PreviousLimitMps = LimitMps;
        var limit = (ch & TelemetryChannels.NavigationSpeedLimit) != 0 && float.IsFinite(f.NavigationSpeedLimitMps) && f.NavigationSpeedLimitMps > 0
            ? f.NavigationSpeedLimitMps
            : 0;
        if ((ch & TelemetryChannels.NavigationSpeedLimit) != 0)
        {
            available |= Signals.Limit;
        }

        LimitMps = limit;
        var wasKnown = PreviousLimitMps > 0;
        LimitChanged = !SegmentStart && (wasKnown != (limit > 0) || (limit > 0 && limit != PreviousLimitMps));
        LimitDropped = LimitChanged && wasKnown && limit > 0 && (PreviousLimitMps - limit) * 3.6 > _options.Speed.MinDropKmh;

        if ((ch & TelemetryChannels.GameTime) != 0)
        {
            if (f.GameTimeMinutes != _gameMinutes || MinuteOfDay < 0)
            {
                _gameMinutes = f.GameTimeMinutes;
                MinuteOfDay = (int)(f.GameTimeMinutes % (24 * 60));
            }

            available |= Signals.GameClock;
        }
        else
        {
            MinuteOfDay = -1;
        }

        // The switches change a few times a drive: decode them only when they or their channels do.
        var sw = f.Switches;
        const TelemetryChannels switchChannels = TelemetryChannels.LowBeam | TelemetryChannels.HighBeam | TelemetryChannels.Wipers |
                                                 TelemetryChannels.Hazard | TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker |
                                                 TelemetryChannels.TrailerConnected;
        var switchKey = ((ulong)(ch & switchChannels) << 8) | (uint)sw;
        if (switchKey != _switchKey || !_switchesDecoded)
        {
            _switchKey = switchKey;
            _switchesDecoded = true;
            DecodeSwitches(ch, sw);
        }

        available |= _switchSignals;
        if ((ch & TelemetryChannels.FuelAmount) != 0 && float.IsFinite(f.FuelAmountL))
        {
            FuelL = f.FuelAmountL;
            available |= Signals.Fuel;
        }

        const TelemetryChannels wear = TelemetryChannels.WearEngine | TelemetryChannels.WearTransmission |
                                       TelemetryChannels.WearCabin | TelemetryChannels.WearChassis | TelemetryChannels.WearWheels;
        if ((ch & wear) == wear)
        {
            var sum = (double)f.WearEngine + f.WearTransmission + f.WearCabin + f.WearChassis + f.WearWheels;
            if (double.IsFinite(sum))
            {
                WearSum = sum;
                available |= Signals.Wear;
            }
        }

        UpdateRefuel(available);
        return available;
    }

    private void DecodeSwitches(TelemetryChannels ch, TruckSwitches sw)
    {
        var signals = Signals.None;
        if ((ch & (TelemetryChannels.LowBeam | TelemetryChannels.HighBeam)) == (TelemetryChannels.LowBeam | TelemetryChannels.HighBeam))
        {
            // Lights are known only when both beams are; parking lights alone do not count (StVO §17(2)).
            LightsOn = (sw & (TruckSwitches.LowBeam | TruckSwitches.HighBeam)) != 0;
            signals |= Signals.Lights;
        }

        if ((ch & TelemetryChannels.Wipers) != 0)
        {
            WipersOn = (sw & TruckSwitches.Wipers) != 0;
            signals |= Signals.Wipers;
        }

        Hazard = (ch & TelemetryChannels.Hazard) != 0 && (sw & TruckSwitches.Hazard) != 0;
        if ((ch & (TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker)) == (TelemetryChannels.LeftBlinker | TelemetryChannels.RightBlinker))
        {
            // Hazards are not a turn signal.
            LeftBlinker = !Hazard && (sw & TruckSwitches.LeftBlinker) != 0;
            RightBlinker = !Hazard && (sw & TruckSwitches.RightBlinker) != 0;
            signals |= Signals.Blinkers;
        }

        _switchSignals = signals;
        var trailer = (ch & TelemetryChannels.TrailerConnected) != 0
            ? (sw & TruckSwitches.TrailerConnected) != 0
            : _configTrailer;
        if (trailer != _trailerConnected)
        {
            _trailerConnected = trailer;
            RecomputeMass();
        }
    }
}
