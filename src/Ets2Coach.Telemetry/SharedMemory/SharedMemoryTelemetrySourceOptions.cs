namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>Options of <see cref="SharedMemoryTelemetrySource"/>.</summary>
public sealed record SharedMemoryTelemetrySourceOptions
{
    /// <summary>The plugin's default object name (<c>E2C_DEFAULT_SHM_NAME</c>).</summary>
    public const string DefaultName = LayoutConstants.DefaultName;

    /// <summary>
    /// The shared-memory object name, as the game's <c>ETS2COACH_SHM_NAME</c> sets it:
    /// <c>/dev/shm/&lt;Name&gt;</c> on Linux, <c>Local\&lt;Name&gt;</c> on Windows.
    /// </summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>A running writer whose heartbeat has not moved for this long is reported dead (protocol: 2 s).</summary>
    public TimeSpan DeadWriterTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often to look for the game (or a new writer generation) while not connected to a live writer.</summary>
    public TimeSpan ReopenInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How <see cref="SharedMemoryTelemetrySource.WaitAsync"/> waits between checks.</summary>
    public WaitStrategy WaitStrategy { get; init; } = WaitStrategy.Default;

    /// <summary>The clock for every timeout (dead writer, reopen interval); tests inject a manual one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// True when <paramref name="name"/> can name a shared-memory object: not blank, not <c>.</c> or
    /// <c>..</c>, and without <c>/</c>, <c>\</c> or NUL (on Linux it becomes a file name under /dev/shm).
    /// </summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.AsSpan().IndexOfAny('/', '\\', '\0') < 0 && name is not ("." or "..");

    /// <summary>Throws <see cref="ArgumentException"/> for a value the source cannot work with.</summary>
    internal void Validate()
    {
        if (!IsValidName(Name))
        {
            throw new ArgumentException($"The shared-memory name '{Name}' must be a plain name (no '/', '\\' or NUL).", nameof(Name));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DeadWriterTimeout, TimeSpan.Zero, nameof(DeadWriterTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReopenInterval, TimeSpan.Zero, nameof(ReopenInterval));
        ArgumentNullException.ThrowIfNull(WaitStrategy, nameof(WaitStrategy));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
