namespace Ets2Coach.GameHost.Sdk;

/// <summary>Channel registration flags (<c>SCS_TELEMETRY_CHANNEL_FLAG_*</c>).</summary>
[Flags]
#pragma warning disable CA1711 // Mirrors SCS_TELEMETRY_CHANNEL_FLAG_*: the SDK's own word.
public enum ScsChannelFlags : uint
#pragma warning restore CA1711
{
    /// <summary>Call only when the value changed (and on registration).</summary>
    None = 0,
    /// <summary>Call every frame, even when unchanged.</summary>
    EachFrame = 1,
    /// <summary>Also call while the value is unavailable, with a NULL value.</summary>
    NoValue = 2,
}
