namespace Ets2Coach.GameHost.Sdk;

/// <summary>The SDK's version numbers: telemetry API versions and game telemetry schemas.</summary>
public static class ScsVersions
{
    /// <summary>Telemetry API 1.00.</summary>
    public const uint TelemetryApi100 = 0x0001_0000;

    /// <summary>Telemetry API 1.01 (s64 values, gameplay events).</summary>
    public const uint TelemetryApi101 = 0x0001_0001;

    /// <summary>ETS2 schema 1.14: multiple trailers and gameplay events appeared.</summary>
    public const uint Ets2Schema114 = 0x0001_000E;

    /// <summary>ETS2 schema 1.18 (SDK 1.14, game patch 1.45), the newest known.</summary>
    public const uint Ets2Schema118 = 0x0001_0012;

    /// <summary>ATS schema 1.01: multiple trailers and gameplay events appeared.</summary>
    public const uint AtsSchema101 = 0x0001_0001;

    /// <summary>ATS schema 1.05 (SDK 1.14, game patch 1.45), the newest known.</summary>
    public const uint AtsSchema105 = 0x0001_0005;

    /// <summary><c>SCS_MAKE_VERSION</c>: (major &lt;&lt; 16) | minor.</summary>
    public static uint Make(uint major, uint minor) => (major << 16) | (minor & 0xFFFF);

    /// <summary>Formats a version as <c>major.minor</c> with two minor digits (1.01, 1.18).</summary>
    public static string Format(uint version) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{version >> 16}.{version & 0xFFFF:00}");

    /// <summary>Parses <c>1.01</c> / <c>1.18</c> into a version number.</summary>
    public static bool TryParse(string? text, out uint version)
    {
        version = 0;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (text is null || dot <= 0
            || !uint.TryParse(text.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            || !uint.TryParse(text.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor)
            || major > 0xFFFF || minor > 0xFFFF)
        {
            return false;
        }

        version = Make(major, minor);
        return true;
    }
}
