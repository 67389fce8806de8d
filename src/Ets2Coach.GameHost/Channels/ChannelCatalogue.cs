using System.Globalization;
using System.Text.Json;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Channels;

/// <summary>
/// Every channel the game knows (SDK 1.14, from the embedded <c>Sdk/scs-channels.json</c>), and the
/// lookup the game does when a plugin registers one: base names, plus the numbered trailer forms
/// <c>trailer.&lt;n&gt;.*</c> for n = 0..9, filtered by the game and schema the stand-in plays.
/// </summary>
internal sealed class ChannelCatalogue
{
    public const string TrailerPrefix = "trailer.";
    private const string ResourceName = "Ets2Coach.GameHost.Sdk.scs-channels.json";

    private static readonly Lazy<ChannelCatalogue> s_sdk = new(Load);

    private readonly Dictionary<string, ChannelInfo> _byName;

    private ChannelCatalogue(Dictionary<string, ChannelInfo> byName) => _byName = byName;

    /// <summary>The SDK 1.14 catalogue.</summary>
    public static ChannelCatalogue Sdk => s_sdk.Value;

    /// <summary>All base channels.</summary>
    public IEnumerable<ChannelInfo> Channels => _byName.Values;

    /// <summary>
    /// Finds a channel by the name a plugin registers. <paramref name="trailerIndex"/> is the n of
    /// <c>trailer.&lt;n&gt;.*</c>, or -1 for a base name.
    /// </summary>
    public bool TryLookup(string name, out ChannelInfo channel, out int trailerIndex)
    {
        trailerIndex = -1;
        if (_byName.TryGetValue(name, out channel!))
        {
            return true;
        }

        // trailer.<n>.<rest> with a single digit n (the SDK has trailers 0..9).
        if (name.Length > TrailerPrefix.Length + 2
            && name.StartsWith(TrailerPrefix, StringComparison.Ordinal)
            && char.IsAsciiDigit(name[TrailerPrefix.Length])
            && name[TrailerPrefix.Length + 1] == '.'
            && _byName.TryGetValue(string.Concat(TrailerPrefix, name.AsSpan(TrailerPrefix.Length + 2)), out channel!)
            && channel.IsTrailer)
        {
            trailerIndex = name[TrailerPrefix.Length] - '0';
            return true;
        }

        channel = null!;
        return false;
    }

    /// <summary>Whether the game <paramref name="gameId"/> at <paramref name="schema"/> offers the channel.</summary>
    public static bool IsOffered(ChannelInfo channel, int trailerIndex, string gameId, uint schema)
    {
        var isAts = string.Equals(gameId, ScsGameId.Ats, StringComparison.Ordinal);
        var since = isAts ? channel.SinceAts : channel.SinceEts2;
        if (since is null || schema < since)
        {
            return false;
        }

        // Numbered trailers came with multiple trailers: ETS2 1.14 / ATS 1.01.
        return trailerIndex < 0 || schema >= (isAts ? ScsVersions.AtsSchema101 : ScsVersions.Ets2Schema114);
    }

    private static ChannelCatalogue Load()
    {
        using var stream = typeof(ChannelCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var document = JsonDocument.Parse(stream);
        var byName = new Dictionary<string, ChannelInfo>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("channels").EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString()!;
            var type = ParseType(entry.GetProperty("type").GetString()!);
            var indexed = entry.GetProperty("indexed").GetBoolean();
            var (ets2, ats) = ParseSince(entry.GetProperty("since_eut2_ats").GetString()!);
            byName.Add(name, new ChannelInfo(name, type, indexed, ets2, ats, FrameChannelMap.FindByName(name)));
        }

        return new ChannelCatalogue(byName);
    }

    private static ScsValueType ParseType(string type) => type switch
    {
        "bool" => ScsValueType.Bool,
        "s32" => ScsValueType.S32,
        "u32" => ScsValueType.U32,
        "u64" => ScsValueType.U64,
        "s64" => ScsValueType.S64,
        "float" => ScsValueType.Float,
        "double" => ScsValueType.Double,
        "fvector" => ScsValueType.FVector,
        "dvector" => ScsValueType.DVector,
        "euler" => ScsValueType.Euler,
        "fplacement" => ScsValueType.FPlacement,
        "dplacement" => ScsValueType.DPlacement,
        "string" => ScsValueType.String,
        _ => throw new InvalidOperationException($"scs-channels.json: unknown type '{type}'"),
    };

    // "init", "1.09 / 1.00", "1.12 / –" (ATS never had it).
    private static (uint Ets2, uint? Ats) ParseSince(string since)
    {
        if (since == "init")
        {
            var first = ScsVersions.Make(1, 0);
            return (first, first);
        }

        var parts = since.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !ScsVersions.TryParse(parts[0], out var ets2))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"scs-channels.json: bad since '{since}'"));
        }

        return (ets2, ScsVersions.TryParse(parts[1], out var ats) ? ats : null);
    }
}
