using Ets2Coach.Habits.Tests.Support;
using Xunit.Abstractions;

namespace Ets2Coach.Habits.Tests;

public sealed class Scratch(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var rate in new[] { 20.0, 60, 1000 })
        {
            foreach (var T in new[] { 1.8, 2.2, 2.5, 3.0, 3.6, 4.5, 6, 9 })
            {
                var drive = new DriveBuilder(rate, 85).Cargo(20_000).Cruise(20).LaneChange(1, T).Cruise(20).LaneChange(-1, T).Cruise(5).Curve(30, 400).Cruise(5).LaneChange(1, T).Cruise(20).Build();
                output.WriteLine($"rate {rate} T={T} alat={2 * Math.PI * 3.5 / (T * T):0.00}");
                Print(drive.Run());
            }
        }
    }

    private void Print(HabitEngine e)
    {
        foreach (var f in e.Findings)
        {
            output.WriteLine($"   {f.Kind} {f.Severity} {f.StartSeconds:0.00}-{f.EndSeconds:0.00} m={f.MeasuredValue:0.00} thr={f.Threshold:0.00} {f.Detail}");
        }
    }
}
