namespace Ets2Coach.Habits.State;

/// <summary>A point of interest: what, where, and when it was learnt.</summary>
internal readonly record struct Poi(PoiKind Kind, double XMetres, double ZMetres, double LearntAtSeconds)
{
    public double DistanceTo(double xMetres, double zMetres)
    {
        var dx = xMetres - XMetres;
        var dz = zMetres - ZMetres;
        return Math.Sqrt((dx * dx) + (dz * dz));
    }
}
