using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Import;

/// <summary>One documented CSV column: where its value goes and in which unit.</summary>
/// <param name="Name">The documented header name (units in the name).</param>
/// <param name="Kind">How the text is stored.</param>
/// <param name="Offset">Byte offset in <see cref="TelemetryFrame"/>.</param>
/// <param name="Scale">Multiplier from the column's unit to the frame's unit (negative flips an axis).</param>
/// <param name="Channel">The channel whose presence bit this column feeds.</param>
/// <param name="Required">False for a part of a compound channel that may be missing (left 0).</param>
/// <param name="Switch">For switches: the bit.</param>
/// <param name="WrapTurns">Reduce the value to [0, 1) turns (headings).</param>
internal sealed record CsvColumn(
    string Name,
    CsvValueKind Kind,
    int Offset,
    double Scale,
    TelemetryChannels Channel,
    bool Required = true,
    TruckSwitches Switch = TruckSwitches.None,
    bool WrapTurns = false);
