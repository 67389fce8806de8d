namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// Something a valid writer cannot produce within one generation, seen by <see cref="RingReader{T}"/>.
/// The read that saw it commits nothing; the source then decides whether it is a restart in
/// progress (generation or state changed) or a writer error.
/// </summary>
internal enum RingAnomaly
{
    /// <summary>Nothing unusual.</summary>
    None = 0,

    /// <summary>The ring's written counter moved backwards.</summary>
    WrittenBackwards,

    /// <summary>The ring's written counter is beyond any item number a writer can publish.</summary>
    WrittenImpossible,

    /// <summary>A slot the writer claims to have published holds an older sequence (seq &lt; 2n).</summary>
    SlotBehind,
}
