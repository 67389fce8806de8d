using Ets2Coach.Simulator.Kinematics;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Planning;

/// <summary>
/// A complete, immutable drive: every timeline the frames are sampled from, the events and pauses, and the
/// facts the ground-truth oracles read. Built once per simulator by <see cref="DrivePlanner"/>.
/// </summary>
internal sealed class DrivePlan
{
    public required SimulationOptions Options { get; init; }

    public required TruckModel Truck { get; init; }

    public required double CargoKg { get; init; }

    public required SpeedTimeline Speed { get; init; }

    public required YawTimeline Yaw { get; init; }

    public required LaneChangeTimeline LaneChanges { get; init; }

    public required SwitchTimeline Switches { get; init; }

    public required StepTimeline LimitKmh { get; init; }

    public required StepTimeline CruiseSetMps { get; init; }

    public required RampSum FuelAdded { get; init; }

    public required RampSum WearJumps { get; init; }

    public required RampSum CargoDamageJumps { get; init; }

    /// <summary>Events in emission order (drive time, then configuration before gameplay).</summary>
    public required PlannedEvent[] Events { get; init; }

    /// <summary>Pauses in time order.</summary>
    public required PlannedPause[] Pauses { get; init; }

    public required PositionJump[] Jumps { get; init; }

    public required double StartX { get; init; }

    public required double StartZ { get; init; }

    public required double StartGameMinutes { get; init; }

    public required double FuelStartL { get; init; }

    public required double WearStart { get; init; }

    public required double OdometerStartKm { get; init; }

    /// <summary>Drive length on the coach's clock, s.</summary>
    public required double DurationSeconds { get; init; }

    public required double EngineOnAt { get; init; }

    public required double EngineOffAt { get; init; }

    public required List<(double From, double Until)> BrakeHolds { get; init; }

    public required List<(double From, double Until)> HazardStops { get; init; }

    public required List<ManoeuvreDraft> Drafts { get; init; }

    public required List<SignalledManoeuvre> Signalled { get; init; }

    public required List<CornerFact> Corners { get; init; }

    public required List<PoiFact> Pois { get; init; }

    public required List<(LaneChangeSpec Spec, int ManoeuvreId)> LaneChangeOwners { get; init; }

    public required TelemetryConfiguration InitialConfiguration { get; init; }

    public required bool UsesRetarder { get; init; }

    public double LocalScale => Options.LocalScale;

    public double LaneWidthM => Options.LaneWidthM;

    /// <summary>Absolute game minute (fractional) at a drive time.</summary>
    public double GameMinutesAt(double t) => StartGameMinutes + (t * LocalScale / 60);

    /// <summary>The drive time at which the game clock reaches an absolute minute.</summary>
    public double TimeOfGameMinute(double minute) => (minute - StartGameMinutes) * 60 / LocalScale;
}
