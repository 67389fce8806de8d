namespace Ets2Coach.Habits.State;

/// <summary>Kinds of points of interest learnt during a drive (docs/habits.md, conventions).</summary>
internal enum PoiKind
{
    TollGate,
    CompanyYard,
    ServiceArea,
    Port,
}
