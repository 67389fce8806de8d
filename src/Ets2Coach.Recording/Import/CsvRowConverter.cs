using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Import;

/// <summary>Maps a CSV header onto the documented columns and converts rows into frames.</summary>
internal sealed class CsvRowConverter
{
    private readonly CsvColumn?[] _byField;
    private readonly string[] _headers;
    private readonly int[] _requiredPerChannel = new int[64];
    private readonly int[] _requiredSeen = new int[64];
    private readonly bool[] _channelSeen = new bool[64];
    private readonly byte[] _frame = new byte[TelemetryFrame.SizeInBytes];
    private readonly int _timeField;
    private double _lastTimeSeconds = double.NegativeInfinity;

    private CsvRowConverter(CsvColumn?[] byField, string[] headers, int timeField, List<string> mapped, List<string> ignored)
    {
        _byField = byField;
        _headers = headers;
        _timeField = timeField;
        Mapped = mapped;
        Ignored = ignored;
        var inHeader = new int[64];
        foreach (var column in byField)
        {
            if (column is { Channel: not TelemetryChannels.None })
            {
                var bit = BitOperations.TrailingZeroCount((ulong)column.Channel);
                _requiredPerChannel[bit] = CsvColumnCatalog.RequiredParts(column.Channel);
                inHeader[bit] += column.Required ? 1 : 0;
            }
        }

        for (var bit = 0; bit < 64; bit++)
        {
            if (_requiredPerChannel[bit] > 0 && inHeader[bit] == _requiredPerChannel[bit])
            {
                Channels |= (TelemetryChannels)(1UL << bit);
            }
        }
    }

    /// <summary>Channels the header can fill (all their required columns are there).</summary>
    public TelemetryChannels Channels { get; }

    /// <summary>"header → column" for each recognised header.</summary>
    public List<string> Mapped { get; }

    /// <summary>Headers not recognised.</summary>
    public List<string> Ignored { get; }

    /// <summary>Maps a header row; null with a one-line reason when it has no time column or names a column twice.</summary>
    public static CsvRowConverter? TryCreate(List<string> header, CsvImportOptions options, string sourceName, out string? error)
    {
        var byField = new CsvColumn?[header.Count];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var mapped = new List<string>();
        var ignored = new List<string>();
        var timeField = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var column = CsvColumnCatalog.Find(header[i], options.ColumnAliases);
            if (column is null)
            {
                ignored.Add(header[i].Trim());
                continue;
            }

            var key = column.Kind == CsvValueKind.Time ? "time" : column.Offset.ToString(CultureInfo.InvariantCulture) + column.Switch;
            if (seen.TryGetValue(key, out var other))
            {
                error = $"{sourceName}: columns '{other}' and '{header[i].Trim()}' both give {column.Name}; keep one";
                return null;
            }

            seen.Add(key, header[i].Trim());
            byField[i] = column;
            mapped.Add($"{header[i].Trim()} → {column.Name}");
            if (column.Kind == CsvValueKind.Time)
            {
                timeField = i;
            }
        }

        if (timeField < 0)
        {
            error = $"{sourceName}: no time column; name one time_s (seconds) or time_ms (see docs/recording-format.md)";
            return null;
        }

        error = null;
        return new CsvRowConverter(byField, [.. header], timeField, mapped, ignored);
    }

    /// <summary>Converts one data row; false with "line N: …" when a cell is not a valid value or time does not increase.</summary>
    public bool TryConvert(List<string> fields, int line, out TelemetryFrame frame, out long timeUs, out string? problem)
    {
        frame = default;
        timeUs = 0;
        if (fields.Count != _byField.Length)
        {
            problem = $"line {line}: {fields.Count} fields, but the header has {_byField.Length}";
            return false;
        }

        var timeColumn = _byField[_timeField]!;
        if (!TryNumber(fields[_timeField], out var time) || !double.IsFinite(time *= timeColumn.Scale))
        {
            problem = $"line {line}: {_headers[_timeField].Trim()}: '{fields[_timeField]}' is not a time";
            return false;
        }

        if (time <= _lastTimeSeconds)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"line {line}: time {time} s is not after the previous row's {_lastTimeSeconds} s (time must increase)");
            return false;
        }

        Array.Clear(_frame);
        Array.Clear(_requiredSeen);
        Array.Clear(_channelSeen);
        uint switches = 0, state = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var column = _byField[i];
            var cell = fields[i].Trim();
            if (column is null || i == _timeField || cell.Length == 0)
            {
                continue; // an empty cell leaves its channel absent in this frame
            }

            if (!TryStore(column, cell, ref switches, ref state))
            {
                problem = $"line {line}: {_headers[i].Trim()}: '{cell}' is not {(column.Kind is CsvValueKind.Switch or CsvValueKind.Paused ? "on/off (1/0, true/false, yes/no)" : "a valid number")}";
                return false;
            }

            if (column.Channel != TelemetryChannels.None)
            {
                var bit = BitOperations.TrailingZeroCount((ulong)column.Channel);
                _channelSeen[bit] = true;
                _requiredSeen[bit] += column.Required ? 1 : 0;
            }
        }

        ulong present = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (_channelSeen[bit] && _requiredPerChannel[bit] > 0 && _requiredSeen[bit] == _requiredPerChannel[bit])
            {
                present |= 1UL << bit;
            }
        }

        MemoryMarshal.Write(_frame.AsSpan(40), in present);
        MemoryMarshal.Write(_frame.AsSpan(48), in state);
        MemoryMarshal.Write(_frame.AsSpan(52), in switches);
        frame = MemoryMarshal.Read<TelemetryFrame>(_frame);
        timeUs = (long)Math.Round(time * 1e6);
        _lastTimeSeconds = time;
        problem = null;
        return true;
    }

    private bool TryStore(CsvColumn column, string cell, ref uint switches, ref uint state)
    {
        switch (column.Kind)
        {
            case CsvValueKind.Switch:
            case CsvValueKind.Paused:
                if (!TryBoolean(cell, out var on))
                {
                    return false;
                }

                if (on && column.Kind == CsvValueKind.Switch)
                {
                    switches |= (uint)column.Switch;
                }
                else if (on)
                {
                    state |= (uint)FrameState.Paused;
                }

                return true;
        }

        if (!TryNumber(cell, out var value) || !double.IsFinite(value))
        {
            return false;
        }

        value *= column.Scale;
        if (column.WrapTurns)
        {
            value -= Math.Floor(value);
        }

        var target = _frame.AsSpan(column.Offset);
        switch (column.Kind)
        {
            case CsvValueKind.Single:
                var single = (float)value;
                MemoryMarshal.Write(target, in single);
                return float.IsFinite(single);
            case CsvValueKind.Double:
                MemoryMarshal.Write(target, in value);
                return true;
            case CsvValueKind.Int32:
                var rounded = Math.Round(value);
                var integer = (int)rounded;
                MemoryMarshal.Write(target, in integer);
                return rounded is >= int.MinValue and <= int.MaxValue;
            default:
                var unsignedRounded = Math.Round(value);
                var unsigned = (uint)unsignedRounded;
                MemoryMarshal.Write(target, in unsigned);
                return unsignedRounded is >= 0 and <= uint.MaxValue;
        }
    }

    private static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryBoolean(string cell, out bool value)
    {
        switch (cell.ToUpperInvariant())
        {
            case "1" or "TRUE" or "YES" or "ON" or "Y":
                value = true;
                return true;
            case "0" or "FALSE" or "NO" or "OFF" or "N":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
