using System.Globalization;
using Ets2Coach.GameHost.Channels;
using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost;

/// <summary>Channel registration rules.</summary>
internal sealed unsafe partial class GameSide
{
    /// <summary>
    /// The game's answer to <c>register_for_channel</c>: allowed from init and event callbacks only;
    /// the name must be a channel this game and schema offer (and not refused); array channels need an
    /// index and the others <c>SCS_U32_NIL</c>; the type must be the channel's or a conversion of it;
    /// one registration per (name, index, type).
    /// </summary>
    public ScsResult RegisterForChannel(byte* name, uint index, uint type, uint flags, void* callback, void* context)
    {
        const string Function = "telemetry_register_for_channel";
        var text = Utf8Literal.Decode(name);
        if (_call is not (GameCall.Init or GameCall.Event))
        {
            return Fail(ScsResult.NotNow, Function, $"channel '{text}' cannot be registered from {Describe(_call, _callEvent)}");
        }

        if (text is null || callback is null || (flags & ~(uint)(ScsChannelFlags.EachFrame | ScsChannelFlags.NoValue)) != 0
            || type is 0 or > (uint)ScsValueType.S64)
        {
            return Fail(ScsResult.InvalidParameter, Function, string.Create(CultureInfo.InvariantCulture, $"invalid parameters for channel '{text}' (type {type}, flags 0x{flags:x}, callback {(callback is null ? "NULL" : "set")})"));
        }

        if (!TryLookup(text, out var channel, out var trailerIndex))
        {
            return Fail(ScsResult.NotFound, "lookup_channel", $"channel '{text}' not found");
        }

        if (channel.Indexed == (index == ScsConstants.U32Nil))
        {
            return Fail(ScsResult.InvalidParameter, Function, string.Create(CultureInfo.InvariantCulture, $"index {index} is not valid parameter for {(channel.Indexed ? "array" : "non-array")} channel '{text}'"));
        }

        var requested = (ScsValueType)type;
        if (!ScsTypeConversion.CanProvide(channel.NativeType, requested))
        {
            return Fail(ScsResult.UnsupportedType, Function, $"channel '{text}' of type {channel.NativeType} cannot provide type {requested}");
        }

        foreach (var existing in _channels)
        {
            if (existing.Matches(text, index, requested))
            {
                return Fail(ScsResult.AlreadyRegistered, Function, string.Create(CultureInfo.InvariantCulture, $"channel '{text}' (index {index}, type {requested}) is already registered"));
            }
        }

        // Only trailer 0 has frame fields; trailers 1..9 are channels without a value.
        var frameChannel = trailerIndex <= 0 ? channel.FrameChannel : -1;
        _channels.Add(new ChannelRegistration(text, index, requested, (ScsChannelFlags)flags, callback, context, frameChannel));
        return ScsResult.Ok;
    }

    /// <summary>The game's answer to <c>unregister_from_channel</c>: from init, shutdown or event callbacks.</summary>
    public ScsResult UnregisterFromChannel(byte* name, uint index, uint type)
    {
        const string Function = "telemetry_unregister_from_channel";
        var text = Utf8Literal.Decode(name);
        if (_call is GameCall.None or GameCall.Channel)
        {
            return Fail(ScsResult.NotNow, Function, $"channel '{text}' cannot be unregistered from {Describe(_call, _callEvent)}");
        }

        if (text is null)
        {
            return Fail(ScsResult.InvalidParameter, Function, "NULL channel name");
        }

        for (var i = 0; i < _channels.Count; i++)
        {
            if (_channels[i].Matches(text, index, (ScsValueType)type))
            {
                _channels[i].Dispose();
                _channels.RemoveAt(i);
                return ScsResult.Ok;
            }
        }

        return ScsResult.NotFound;
    }

    private bool TryLookup(string name, out ChannelInfo channel, out int trailerIndex)
    {
        if (!ChannelCatalogue.Sdk.TryLookup(name, out channel, out trailerIndex)
            || _refused.Contains(name)
            || (trailerIndex >= 0 && _refused.Contains(channel.Name))
            || !ChannelCatalogue.IsOffered(channel, trailerIndex, _gameId, _schema))
        {
            return false;
        }

        return true;
    }
}
