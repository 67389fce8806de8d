namespace Ets2Coach.Habits.State;

/// <summary>POIs learnt in this drive: a fixed ring (the oldest are forgotten after <see cref="Capacity"/>).</summary>
internal sealed class PoiMemory
{
    public const int Capacity = 256;

    private readonly Poi[] _pois = new Poi[Capacity];
    private int _added;

    /// <summary>Incremented whenever a POI is learnt (consumers poll it).</summary>
    public int Version => _added;

    public int Count => Math.Min(_added, Capacity);

    /// <summary>The POI <paramref name="age"/> steps back (0 = newest).</summary>
    public ref readonly Poi Back(int age) => ref _pois[(_added - 1 - age) % Capacity];

    public void Add(in Poi poi)
    {
        _pois[_added % Capacity] = poi;
        _added++;
    }

    /// <summary>The distance to the nearest POI, or +∞ when none is known.</summary>
    public double NearestDistance(double xMetres, double zMetres)
    {
        var best = double.PositiveInfinity;
        for (var i = 0; i < Count; i++)
        {
            best = Math.Min(best, _pois[i].DistanceTo(xMetres, zMetres));
        }

        return best;
    }
}
