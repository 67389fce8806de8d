using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost;

/// <summary>A channel registration the game accepted from the plugin.</summary>
/// <param name="Name">The channel name as registered.</param>
/// <param name="Index">The index (<c>0xFFFFFFFF</c> = none).</param>
/// <param name="Type">The value type the plugin asked for.</param>
/// <param name="Flags">The registration flags.</param>
public sealed record RegisteredChannel(string Name, uint Index, ScsValueType Type, ScsChannelFlags Flags);
