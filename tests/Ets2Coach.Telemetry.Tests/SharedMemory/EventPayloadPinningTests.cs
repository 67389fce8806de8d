using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

/// <summary>
/// Pins TelemetryEvent's payload accessors to the "Event payloads" table of the protocol doc:
/// bytes planted at the documented offset must come back through the accessor. (The round-trip
/// tests cannot catch this: they build events with TelemetryEvent's own factories.)
/// </summary>
public sealed partial class EventPayloadPinningTests
{
    // Doc attribute name → TelemetryEvent accessor.
    private static readonly Dictionary<string, string> s_accessors = new()
    {
        ["config_id"] = nameof(TelemetryEvent.ConfigurationGroup),
        ["attribute_count"] = nameof(TelemetryEvent.AttributeCount),
        ["config_generation"] = nameof(TelemetryEvent.ConfigurationGeneration),
        ["amount"] = nameof(TelemetryEvent.Amount),
        ["revenue"] = nameof(TelemetryEvent.Amount),
        ["earned_xp"] = nameof(TelemetryEvent.EarnedXp),
        ["cargo_damage"] = nameof(TelemetryEvent.DeliveredCargoDamage),
        ["distance_km"] = nameof(TelemetryEvent.DistanceKm),
        ["delivery_time_minutes"] = nameof(TelemetryEvent.DeliveryTimeMinutes),
        ["auto_park_used"] = nameof(TelemetryEvent.AutoParkUsed),
        ["auto_load_used"] = nameof(TelemetryEvent.AutoLoadUsed),
        ["offence"] = nameof(TelemetryEvent.Offence),
        ["offence_name"] = nameof(TelemetryEvent.OffenceName),
        ["source_name"] = nameof(TelemetryEvent.SourceName),
        ["target_name"] = nameof(TelemetryEvent.TargetName),
        ["source_id"] = nameof(TelemetryEvent.SourceId),
        ["target_id"] = nameof(TelemetryEvent.TargetId),
        ["id"] = nameof(TelemetryEvent.GameplayId),
    };

    public static TheoryData<string, string, int> DocAttributes()
    {
        var data = new TheoryData<string, string, int>();
        var doc = File.ReadAllText(RepoFiles.ProtocolDoc);
        var table = doc[doc.IndexOf("## Event payloads", StringComparison.Ordinal)..doc.IndexOf("Strings are UTF-8", StringComparison.Ordinal)];
        var seen = new HashSet<string>();
        foreach (Match m in Attribute().Matches(table))
        {
            if (seen.Add(m.Groups["name"].Value))
            {
                data.Add(m.Groups["name"].Value, m.Groups["type"].Value, int.Parse(m.Groups["offset"].Value, CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Fact]
    public void DocTable_ListsEveryAccessor()
    {
        var documented = DocAttributes().Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(s_accessors.Keys.Order(), documented.Order());
    }

    [Theory]
    [MemberData(nameof(DocAttributes))]
    public void Accessor_ReadsTheDocumentedOffset(string name, string type, int offset)
    {
        Assert.True(s_accessors.TryGetValue(name, out var accessor), $"payload attribute '{name}' has no TelemetryEvent accessor");
        var e = default(TelemetryEvent);
        var payload = MemoryMarshal.AsBytes(new Span<TelemetryEvent>(ref e)).Slice(TelemetryEvent.PayloadOffset, TelemetryEvent.PayloadSizeInBytes);
        payload.Fill(0xEE); // anything outside the attribute is noise the accessor must not read
        object expected = Plant(payload, type, offset);

        var actual = typeof(TelemetryEvent).GetProperty(accessor!)!.GetValue(e)!;

        Assert.Equal(expected, actual is Enum ? Convert.ToUInt32(actual, CultureInfo.InvariantCulture) : actual);
    }

    private static object Plant(Span<byte> payload, string type, int offset)
    {
        var at = payload[offset..];
        switch (type)
        {
            case "s64":
                BinaryPrimitives.WriteInt64LittleEndian(at, -0x0102030405060708);
                return -0x0102030405060708L;
            case "u64":
                BinaryPrimitives.WriteUInt64LittleEndian(at, 0x8877665544332211UL);
                return 0x8877665544332211UL;
            case "s32":
                BinaryPrimitives.WriteInt32LittleEndian(at, -123_456_789);
                return -123_456_789;
            case "u32":
                BinaryPrimitives.WriteUInt32LittleEndian(at, 0x0A0B0C0Du);
                return 0x0A0B0C0Du;
            case "f32":
                BinaryPrimitives.WriteSingleLittleEndian(at, 1234.5f);
                return 1234.5f;
            case "u8":
                at[0] = 1;
                return true;
            default:
                var length = int.Parse(Regex.Match(type, @"^char\[(\d+)\]$").Groups[1].Value, CultureInfo.InvariantCulture);
                at[..(length - 1)].Fill((byte)'x');
                at[length - 1] = 0;
                return new string('x', length - 1);
        }
    }

    [GeneratedRegex(@"`(?<name>[a-z_]+)`\s+(?<type>s64|u64|s32|u32|f32|u8|char\[\d+\])\s+@(?<offset>\d+)")]
    private static partial Regex Attribute();
}
