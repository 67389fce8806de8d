namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>A clock that moves only when a test says so: timeouts are tested without sleeping.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset s_epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _ticks = TimeSpan.TicksPerDay;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => s_epoch.AddTicks(Interlocked.Read(ref _ticks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
