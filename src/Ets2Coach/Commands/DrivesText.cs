using System.Globalization;
using Ets2Coach.Habits;

namespace Ets2Coach.Commands;

/// <summary>How the <c>drives</c> commands print numbers, times and names for people.</summary>
internal static class DrivesText
{
    public static string Band(RiskBand band) => band switch
    {
        RiskBand.LowRisk => "low risk",
        RiskBand.Mild => "mild risk",
        RiskBand.Medium => "medium risk",
        _ => "high risk",
    };

    public static string Habit(HabitCategory category) => category switch
    {
        HabitCategory.Braking => "Braking",
        HabitCategory.LaneDiscipline => "Lane discipline",
        HabitCategory.Indicators => "Indicators",
        HabitCategory.Blocking => "Blocking",
        HabitCategory.Lights => "Lights",
        HabitCategory.PoiApproach => "POI approach",
        HabitCategory.FinesAndCollisions => "Fines and collisions",
        _ => category.ToString(),
    };

    public static string Game(string gameId) => gameId switch
    {
        "eut2" => "Euro Truck Simulator 2",
        "ats" => "American Truck Simulator",
        _ => gameId,
    };

    /// <summary>UTC, to the minute: <c>2025-06-01 18:00</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>52 min</c>, <c>1 h 05 min</c>.</summary>
    public static string Duration(double seconds)
    {
        var minutes = (long)Math.Round(seconds / 60);
        return minutes < 60 ? Invariant($"{minutes} min") : Invariant($"{minutes / 60} h {minutes % 60:00} min");
    }

    /// <summary>A drive-clock time as <c>h:mm:ss</c>.</summary>
    public static string Clock(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        return Invariant($"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}");
    }

    /// <summary>A measured value with its unit, or "—" when there is none.</summary>
    public static string Value(double value, string unit) =>
        double.IsFinite(value) ? (unit.Length == 0 ? Invariant($"{value:0.###}") : Invariant($"{value:0.###} {unit}")) : "—";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
