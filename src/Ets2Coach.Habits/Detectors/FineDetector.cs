using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Detectors;

/// <summary>GameFine (7): every fine except a crash (that is a collision), severity by offence.</summary>
internal sealed class FineDetector(DetectorContext context) : DetectorBase(context)
{
    public override string Name => "Fine";

    public override Signals RequiredSignals => Signals.None;

    public override DetectorHooks Hooks => DetectorHooks.Events;

    public override void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (telemetryEvent.Kind != TelemetryEventKind.PlayerFined || telemetryEvent.Offence == Offence.Crash)
        {
            return;
        }

        var severity = SeverityOf(telemetryEvent.Offence);
        var name = telemetryEvent.OffenceName;
        var t = S.TimeSeconds;
        Report(HabitKind.GameFine, severity, t, t, telemetryEvent.Amount, 0, "€", name.Length > 0 ? name : telemetryEvent.Offence.ToString());
    }

    public override void OnFrame()
    {
    }

    public static Severity SeverityOf(Offence offence) => offence switch
    {
        Offence.Crash => Severity.Dangerous,
        Offence.WrongWay or Offence.RedSignal or Offence.Speeding or Offence.SpeedingCamera or Offence.NoLights or Offence.HardShoulderViolation => Severity.Serious,
        Offence.AvoidSleeping => Severity.Minor,
        _ => Severity.Info,
    };
}
