using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>A manoeuvre being planned; becomes a <see cref="ManoeuvreRecord"/> once the oracles added its findings.</summary>
internal sealed class ManoeuvreDraft(int id, ManoeuvreKind kind, double startSeconds)
{
    public int Id { get; } = id;

    public ManoeuvreKind Kind { get; } = kind;

    public double StartSeconds { get; set; } = startSeconds;

    public double EndSeconds { get; set; } = startSeconds == double.MaxValue ? double.MinValue : startSeconds;

    public string Description { get; set; } = "";

    public List<ExpectedFinding> Findings { get; } = [];

    public void Expect(HabitKind kind, Severity severity, double start, double end) =>
        Findings.Add(new ExpectedFinding(kind, severity, start, end, Id));

    public bool Contains(double t) => t >= StartSeconds - 1e-9 && t <= EndSeconds + 1e-9;

    public ManoeuvreRecord ToRecord() =>
        new(Id, Kind, StartSeconds, EndSeconds, Description, Findings.OrderBy(f => f.StartSeconds).ThenBy(f => f.Kind).ToArray());
}

/// <summary>How a manoeuvre was signalled (planned; the indicator oracle re-derives the finding from the blinker timeline).</summary>
internal enum SignalKind
{
    None,
    Good,
    Late,
    VeryLate,
    WrongSide,
}

/// <summary>A lane change or junction turn the indicator rules apply to.</summary>
/// <param name="ManoeuvreId">Owner.</param>
/// <param name="IsTurn">Junction turn (else lane change).</param>
/// <param name="Side">+1 left, −1 right.</param>
/// <param name="StartSeconds">t_s as the detectors define it (|v_lat| &gt; 0.25 m/s, or 7.5° off the approach heading).</param>
/// <param name="EndSeconds">End of the manoeuvre as the detectors define it.</param>
/// <param name="SpeedMps">Speed at the start (the approach speed for turns).</param>
/// <param name="RequiredLeadSeconds">Required signal lead.</param>
/// <param name="PartOfWeave">Second lane change of a weaving pair (blinker-spacing rules relaxed).</param>
internal sealed record SignalledManoeuvre(int ManoeuvreId, bool IsTurn, int Side, double StartSeconds, double EndSeconds, double SpeedMps, double RequiredLeadSeconds, bool PartOfWeave);

/// <summary>A bend taken at constant speed: junction turn or curve, for the cornering rule.</summary>
internal sealed record CornerFact(int ManoeuvreId, double SpeedMps, double PeakOmegaRadPerS, double StartSeconds, double TransitionSeconds, double ArcSeconds);

/// <summary>A point of interest as the coach learns it.</summary>
internal enum PoiKind
{
    TollGate,
    ServiceArea,
    CompanyYard,
    Port,
}

/// <summary>Where and when a POI becomes known (its event), and its path position.</summary>
internal sealed record PoiFact(PoiKind Kind, double EventSeconds, double PathM, int ManoeuvreId);

/// <summary>A gameplay or state event at a drive time.</summary>
internal readonly record struct PlannedEvent(long DriveTimeUs, int Order, TelemetryEvent Template, TelemetryConfiguration? Configuration);

/// <summary>The game paused at a drive time for a while (simulation time runs on, the coach's clock stops).</summary>
internal readonly record struct PlannedPause(long DriveTimeUs, long DurationUs, int ManoeuvreId);

/// <summary>A ferry crossing: the truck reappears elsewhere.</summary>
internal readonly record struct PositionJump(double TimeSeconds, double DeltaXM, double DeltaZM);
