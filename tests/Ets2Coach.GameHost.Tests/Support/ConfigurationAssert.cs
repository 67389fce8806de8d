using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests.Support;

internal static class ConfigurationAssert
{
    /// <summary>Equal groups (generations are the plugin's and not compared).</summary>
    public static void Equal(TelemetryConfiguration expected, TelemetryConfiguration actual)
    {
        Assert.Equal(expected.ShifterType, actual.ShifterType);
        Assert.Equal(expected.Truck, actual.Truck);
        Assert.Equal(expected.Job, actual.Job);
        Assert.Equal(expected.Trailers.OrderBy(t => t.Index), actual.Trailers);
    }
}
