using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Channels;

/// <summary>One channel of the SDK catalogue (<c>scs-channels.json</c>), in its base (un-numbered) form.</summary>
/// <param name="Name">The base name, e.g. <c>truck.speed</c> or <c>trailer.connected</c>.</param>
/// <param name="NativeType">The type the game provides; see <see cref="ScsTypeConversion"/> for what else it can give.</param>
/// <param name="Indexed">Array channel: must be registered with a real index, never <c>SCS_U32_NIL</c>.</param>
/// <param name="SinceEts2">First ETS2 schema that has it.</param>
/// <param name="SinceAts">First ATS schema that has it, or null when ATS never had it (AdBlue).</param>
/// <param name="FrameChannel">The <c>e2c_channel</c> the stand-in game feeds it from, or -1 when no frame field carries it.</param>
internal sealed record ChannelInfo(string Name, ScsValueType NativeType, bool Indexed, uint SinceEts2, uint? SinceAts, int FrameChannel)
{
    /// <summary>True for <c>trailer.*</c> channels, which also exist as <c>trailer.&lt;n&gt;.*</c>.</summary>
    public bool IsTrailer => Name.StartsWith(ChannelCatalogue.TrailerPrefix, StringComparison.Ordinal);
}
