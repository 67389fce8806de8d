using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits.Tests.Suite;

/// <summary>Runs a simulated drive in-process through <see cref="TelemetryPump"/> into a <see cref="HabitEngine"/>.</summary>
public static class SuiteRunner
{
    public sealed record Result(SimulationOptions Options, DriveGroundTruth Truth, HabitEngine Engine, FindingMatch Match);

    public static Result Run(SimulationOptions options, HabitOptions? habits = null)
    {
        var simulator = new DriveSimulator(options);
        using var source = new SimulatedTelemetrySource(simulator);
        var engine = new HabitEngine(habits ?? HabitOptions.Default, () => source.Configuration);
        var pump = new TelemetryPump(512, 256);
        while (pump.Pump(source, engine) > 0 || source.Status.State != TelemetrySourceState.Ended)
        {
        }

        pump.FlushPending(engine);
        engine.Complete();
        var truth = simulator.GroundTruth;
        return new Result(options, truth, engine, FindingMatcher.Match(engine.Findings, truth.ExpectedFindings));
    }
}
