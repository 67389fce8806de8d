using System.Text.RegularExpressions;
using Ets2Coach.GameHost.Channels;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.GameHost.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Tests.Channels;

public sealed partial class ChannelCatalogueTests
{
    [Fact]
    public void Catalogue_HoldsEverySdkChannel()
    {
        var channels = ChannelCatalogue.Sdk.Channels.ToList();
        Assert.Equal(107, channels.Count);
        Assert.Contains(channels, c => c.Name == "truck.hshifter.select" && c.Indexed && c.NativeType == ScsValueType.Bool);
        Assert.Contains(channels, c => c.Name == "truck.light.aux.front" && c.NativeType == ScsValueType.U32);
        Assert.Contains(channels, c => c.Name == "truck.adblue" && c.SinceAts is null);
    }

    [Theory]
    [InlineData("truck.speed", -1)]
    [InlineData("trailer.connected", -1)]
    [InlineData("trailer.0.connected", 0)]
    [InlineData("trailer.9.wheel.on_ground", 9)]
    public void TryLookup_BaseAndNumberedTrailerForms_Found(string name, int trailer)
    {
        Assert.True(ChannelCatalogue.Sdk.TryLookup(name, out var channel, out var trailerIndex));
        Assert.Equal(trailer, trailerIndex);
        Assert.False(channel.Name.Contains(".0.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trailer.10.connected")]
    [InlineData("truck.0.speed")]
    [InlineData("truck.parking_brake")]
    [InlineData("common.game_time")]
    [InlineData("trailer.a.connected")]
    public void TryLookup_NamesTheGameDoesNotHave_NotFound(string name) =>
        Assert.False(ChannelCatalogue.Sdk.TryLookup(name, out _, out _));

    [Fact]
    public void IsOffered_FollowsGameAndSchema()
    {
        Assert.True(ChannelCatalogue.Sdk.TryLookup("truck.hazard.warning", out var hazard, out _));
        Assert.True(ChannelCatalogue.IsOffered(hazard, -1, ScsGameId.Ets2, ScsVersions.Ets2Schema118));
        Assert.False(ChannelCatalogue.IsOffered(hazard, -1, ScsGameId.Ets2, ScsVersions.Make(1, 16)));
        Assert.True(ChannelCatalogue.IsOffered(hazard, -1, ScsGameId.Ats, ScsVersions.Make(1, 4)));
        Assert.False(ChannelCatalogue.IsOffered(hazard, -1, ScsGameId.Ats, ScsVersions.Make(1, 3)));

        Assert.True(ChannelCatalogue.Sdk.TryLookup("truck.adblue", out var adblue, out _));
        Assert.True(ChannelCatalogue.IsOffered(adblue, -1, ScsGameId.Ets2, ScsVersions.Ets2Schema118));
        Assert.False(ChannelCatalogue.IsOffered(adblue, -1, ScsGameId.Ats, ScsVersions.AtsSchema105));

        Assert.True(ChannelCatalogue.Sdk.TryLookup("trailer.0.connected", out var connected, out var trailer));
        Assert.True(ChannelCatalogue.IsOffered(connected, trailer, ScsGameId.Ets2, ScsVersions.Ets2Schema114));
        Assert.False(ChannelCatalogue.IsOffered(connected, trailer, ScsGameId.Ets2, ScsVersions.Make(1, 13)));
        Assert.True(ChannelCatalogue.IsOffered(connected, -1, ScsGameId.Ets2, ScsVersions.Make(1, 13)));
    }

    [Fact]
    public void FrameChannelMap_CoversExactlyTheLayoutHeadersChannels()
    {
        // e2c_layout.h: "E2C_CH_NAME = n, /* sdk.name ... */"
        var header = File.ReadAllText(RepoPaths.LayoutHeader);
        var entries = ChannelLine().Matches(header)
            .Select(m => (Index: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Name: m.Groups[2].Value))
            .ToList();
        Assert.Equal(FrameChannelMap.Count, entries.Count);
        foreach (var (index, name) in entries)
        {
            // The header names the trailer channels in their numbered form; the map keeps the base form.
            var expected = name.StartsWith("trailer.0.", StringComparison.Ordinal) ? "trailer." + name["trailer.0.".Length..] : name;
            Assert.Equal(expected, FrameChannelMap.NameOf(index));
        }

        Assert.Equal((ulong)TelemetryChannels.All, (1UL << FrameChannelMap.Count) - 1);
    }

    [Fact]
    public void FrameChannelMap_TypesAgreeWithCatalogue()
    {
        for (var channel = 0; channel < FrameChannelMap.Count; channel++)
        {
            Assert.True(ChannelCatalogue.Sdk.TryLookup(FrameChannelMap.NameOf(channel), out var info, out _), FrameChannelMap.NameOf(channel));
            Assert.Equal(info.NativeType, FrameChannelMap.NativeTypeOf(channel));
            Assert.Equal(channel, info.FrameChannel);
            Assert.False(info.Indexed);
        }

        Assert.Equal(FrameChannelMap.Count, ChannelCatalogue.Sdk.Channels.Count(c => c.FrameChannel >= 0));
    }

    [GeneratedRegex(@"E2C_CH_[A-Z_]+\s*=\s*(\d+),\s*/\*\s*([a-z0-9_.]+)")]
    private static partial Regex ChannelLine();
}
