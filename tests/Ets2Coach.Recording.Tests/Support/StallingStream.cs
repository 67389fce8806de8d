namespace Ets2Coach.Recording.Tests.Support;

/// <summary>
/// A memory stream that can be stalled like a disk that stops answering: while stalled, every write
/// (synchronous or asynchronous) waits until <see cref="Resume"/>. Makes "the writer lags behind the
/// caller" deterministic instead of a matter of CPU load.
/// </summary>
internal sealed class StallingStream : MemoryStream
{
    private readonly ManualResetEventSlim _open = new(initialState: true);
    private byte[]? _final;
    private int _writesWaiting;

    /// <summary>Writes that are waiting for <see cref="Resume"/>.</summary>
    public int WritesWaiting => Volatile.Read(ref _writesWaiting);

    /// <summary>From now on, writes wait.</summary>
    public void Stall() => _open.Reset();

    /// <summary>Lets waiting and future writes through.</summary>
    public void Resume() => _open.Set();

    public override byte[] ToArray() => _final ?? base.ToArray();

    public override void Write(byte[] buffer, int offset, int count)
    {
        WaitUntilOpen();
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        WaitUntilOpen();
        base.Write(buffer);
    }

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        await Task.Run(WaitUntilOpen, cancellationToken);
        base.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Run(WaitUntilOpen, cancellationToken);
        base.Write(buffer.Span);
    }

    protected override void Dispose(bool disposing)
    {
        _final ??= base.ToArray();
        base.Dispose(disposing);
    }

    private void WaitUntilOpen()
    {
        Interlocked.Increment(ref _writesWaiting);
        _open.Wait();
        Interlocked.Decrement(ref _writesWaiting);
    }
}
