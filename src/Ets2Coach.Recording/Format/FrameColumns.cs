using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// The 66 columns of format version 1: every 4- and 8-byte field of the 312-byte frame, in offset
/// order. Column ids are positions in <see cref="All"/> and are part of the format
/// (docs/recording-format.md lists them): a new frame layout is a new format version.
/// </summary>
internal static class FrameColumns
{
    /// <summary>Number of columns in format version 1.</summary>
    public const int Count = 66;

    /// <summary>The columns in id order.</summary>
    public static ReadOnlySpan<FrameColumn> All => s_all;

    private static readonly FrameColumn[] s_all = Build();

    private static FrameColumn[] Build()
    {
        var columns = new List<FrameColumn>(Count);
        // FrameNumber, SimulationTimeUs, RenderTimeUs, PausedSimulationTimeUs, EventsPublished, ChannelsPresent.
        for (var offset = 0; offset < 48; offset += 8)
        {
            columns.Add(new FrameColumn(offset, 8, ColumnKind.Integer));
        }

        columns.Add(new FrameColumn(48, 4, ColumnKind.Integer)); // State
        columns.Add(new FrameColumn(52, 4, ColumnKind.Integer)); // Switches
        AddRange(columns, 56, 80, 8, ColumnKind.Float); // Position (f64 x3)
        AddRange(columns, 80, 184, 4, ColumnKind.Float); // Orientation .. EngineRpm (f32)
        AddRange(columns, 184, 216, 4, ColumnKind.Integer); // gears, retarder, aux lights, game time, rest stop, MP offset
        AddRange(columns, 216, 272, 4, ColumnKind.Float); // LocalScale .. TrailerWearChassis (f32)
        AddRange(columns, 272, 296, 8, ColumnKind.Float); // TrailerPosition (f64 x3)
        AddRange(columns, 296, 308, 4, ColumnKind.Float); // TrailerOrientation (f32 x3)
        columns.Add(new FrameColumn(308, 4, ColumnKind.Integer)); // reserved

        var sum = 0;
        foreach (var column in columns)
        {
            sum += column.Width;
        }

        if (columns.Count != Count || sum != TelemetryFrame.SizeInBytes)
        {
            throw new InvalidOperationException($"Frame columns cover {sum} bytes in {columns.Count} columns; expected {TelemetryFrame.SizeInBytes} in {Count}.");
        }

        return [.. columns];
    }

    private static void AddRange(List<FrameColumn> columns, int from, int to, int width, ColumnKind kind)
    {
        for (var offset = from; offset < to; offset += width)
        {
            columns.Add(new FrameColumn(offset, width, kind));
        }
    }
}
