using System.Globalization;
using System.Text.Json;
using Ets2Coach.Habits;

namespace Ets2Coach.Reporting;

/// <summary>The words and number formats every report shares (text and JSON), so findings read the same everywhere.</summary>
internal static class ReportText
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>A game-clock time: <c>mm:ss</c>, or <c>h:mm:ss</c> from an hour on.</summary>
    public static string Clock(double seconds)
    {
        var whole = (long)Math.Floor(Math.Max(0, seconds));
        var (hours, rest) = Math.DivRem(whole, 3600);
        var (minutes, secs) = Math.DivRem(rest, 60);
        return hours > 0
            ? string.Create(s_invariant, $"{hours}:{minutes:00}:{secs:00}")
            : string.Create(s_invariant, $"{minutes:00}:{secs:00}");
    }

    /// <summary>The habit's name as the report shows it.</summary>
    public static string HabitName(HabitCategory category) => category switch
    {
        HabitCategory.Braking => "Braking and speed",
        HabitCategory.LaneDiscipline => "Lane discipline",
        HabitCategory.Indicators => "Indicators",
        HabitCategory.Blocking => "Blocking",
        HabitCategory.Lights => "Lights",
        HabitCategory.PoiApproach => "Tolls and yards",
        HabitCategory.FinesAndCollisions => "Fines and collisions",
        _ => category.ToString(),
    };

    /// <summary>lowerCamelCase for JSON values (<c>hardBraking</c>, <c>lowRisk</c>).</summary>
    public static string JsonName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The band in words.</summary>
    public static string Band(RiskBand band) => band switch
    {
        RiskBand.LowRisk => "low risk",
        RiskBand.Mild => "mild risk",
        RiskBand.Medium => "medium risk",
        RiskBand.HighRisk => "high risk",
        _ => band.ToString(),
    };

    /// <summary>The severity in words.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "tip",
        Severity.Minor => "minor",
        Severity.Serious => "serious",
        Severity.Dangerous => "dangerous",
        _ => severity.ToString(),
    };

    /// <summary>The rule a finding protects, e.g. <c>TruckersMP §2.5</c>; empty for a tip.</summary>
    public static string Rule(TruckersMpRule rule) =>
        rule == TruckersMpRule.None ? "" : string.Create(s_invariant, $"TruckersMP §{(int)rule / 10}.{(int)rule % 10}");

    /// <summary>
    /// The measured value against its threshold, e.g. <c>2.9 m/s² (threshold 2.5)</c>, then the
    /// detector's detail; only the detail when the finding has no unit.
    /// </summary>
    public static string Measurement(HabitEvent finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var measured = finding.Unit.Length == 0
            ? ""
            : finding.Threshold == 0
                ? Value(finding.MeasuredValue, finding.Unit)
                : string.Create(s_invariant, $"{Value(finding.MeasuredValue, finding.Unit)} (threshold {Number(finding.Threshold, finding.Unit)})");
        return finding.Detail.Length == 0 ? measured : measured.Length == 0 ? finding.Detail : $"{measured}: {finding.Detail}";
    }

    /// <summary>A number with its unit, to the precision the unit deserves.</summary>
    public static string Value(double value, string unit) => unit switch
    {
        "€" => string.Create(s_invariant, $"€{value:0}"),
        "" => Number(value, unit),
        _ => $"{Number(value, unit)} {unit}",
    };

    private static string Number(double value, string unit) => unit switch
    {
        "km/h" or "€" => value.ToString("0", s_invariant),
        "wear" => value.ToString("0.000", s_invariant),
        _ => value.ToString("0.0", s_invariant),
    };
}
