using System.Globalization;
using System.Text.RegularExpressions;

namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>One row of a generated layout table: a C field, its offset, size and type.</summary>
public sealed record LayoutRow(string Field, int Offset, int Size, string Type);

/// <summary>
/// The generated layout tables of <c>docs/shared-memory-protocol.md</c> (between the
/// <c>BEGIN generated layout</c> and <c>END generated layout</c> markers), as the native side's
/// <c>e2c_layout_dump</c> prints them.
/// </summary>
public sealed partial class LayoutDoc
{
    private LayoutDoc(Dictionary<string, List<LayoutRow>> tables, Dictionary<string, int> sizes)
    {
        Tables = tables;
        Sizes = sizes;
    }

    /// <summary>Rows per table name (header, frame, event, config).</summary>
    public IReadOnlyDictionary<string, List<LayoutRow>> Tables { get; }

    /// <summary>Sizes per name (header, frame, frame_slot, event, event_slot, config).</summary>
    public IReadOnlyDictionary<string, int> Sizes { get; }

    public static LayoutDoc Load() => Parse(File.ReadAllText(RepoFiles.ProtocolDoc));

    public static LayoutDoc Parse(string markdown)
    {
        var begin = markdown.IndexOf("<!-- BEGIN generated layout", StringComparison.Ordinal);
        var end = markdown.IndexOf("<!-- END generated layout -->", StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException("The protocol doc has no generated layout section.");
        }

        var tables = new Dictionary<string, List<LayoutRow>>();
        var sizes = new Dictionary<string, int>();
        List<LayoutRow>? current = null;
        foreach (var raw in markdown[begin..end].Split('\n'))
        {
            var line = raw.Trim();
            if (TableMarker().Match(line) is { Success: true } table)
            {
                current = [];
                tables.Add(table.Groups[1].Value, current);
            }
            else if (SizeMarker().Match(line) is { Success: true } size)
            {
                sizes.Add(size.Groups[1].Value, int.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
                current = null;
            }
            else if (current is not null && Row().Match(line) is { Success: true } row)
            {
                current.Add(new LayoutRow(
                    row.Groups[1].Value,
                    int.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture),
                    int.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture),
                    row.Groups[4].Value));
            }
        }

        return new LayoutDoc(tables, sizes);
    }

    [GeneratedRegex(@"^<!-- layout:(\w+) -->$")]
    private static partial Regex TableMarker();

    [GeneratedRegex(@"^<!-- size:(\w+) (\d+) -->$")]
    private static partial Regex SizeMarker();

    [GeneratedRegex(@"^\|\s*([a-z0-9_]+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|$")]
    private static partial Regex Row();
}
