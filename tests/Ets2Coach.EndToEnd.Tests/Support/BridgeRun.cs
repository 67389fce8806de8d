namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>The frames one writer generation delivered: numbers <see cref="FirstNumber"/> … <see cref="LastNumber"/>.</summary>
/// <param name="Generation">The writer generation the source followed while delivering them.</param>
/// <param name="StartIndex">The game's frame index of frame number 1 of this generation (0, or where a reload/reinit happened).</param>
/// <param name="FirstNumber">The first frame number delivered.</param>
internal sealed record BridgeRun(ulong Generation, long StartIndex, ulong FirstNumber)
{
    /// <summary>The last frame number delivered.</summary>
    public ulong LastNumber { get; set; }

    /// <summary>Frames delivered.</summary>
    public long Count { get; set; }
}
