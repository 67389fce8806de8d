namespace Ets2Coach.Simulator.Planning;

/// <summary>The driver's lights and the weather for one drive: drawn after the motion, checked, then committed.</summary>
internal sealed class LightsPlan
{
    /// <summary>Low beam on (parking lights are on too).</summary>
    public List<(double From, double Until)> LowBeam { get; } = [];

    /// <summary>Parking lights alone (counts as lights off).</summary>
    public List<(double From, double Until)> ParkingOnly { get; } = [];

    /// <summary>Wipers on.</summary>
    public List<(double From, double Until)> Wipers { get; } = [];

    /// <summary>Lights-change manoeuvres: span and description.</summary>
    public List<(double Start, double End, string Description)> Changes { get; } = [];

    /// <summary>Rain manoeuvres: span and description.</summary>
    public List<(double Start, double End, string Description)> Rains { get; } = [];

    /// <summary>A no_lights fine, if any.</summary>
    public double? NoLightsFineAt { get; set; }

    public bool LowBeamOn(double t)
    {
        foreach (var (from, until) in LowBeam)
        {
            if (t >= from && t < until)
            {
                return true;
            }
        }

        return false;
    }

    public bool WipersOn(double t)
    {
        foreach (var (from, until) in Wipers)
        {
            if (t >= from && t < until)
            {
                return true;
            }
        }

        return false;
    }
}
