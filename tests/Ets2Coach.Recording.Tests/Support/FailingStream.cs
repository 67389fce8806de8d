namespace Ets2Coach.Recording.Tests.Support;

/// <summary>A write-only stream that accepts <c>capacity</c> bytes, then throws "No space left on device" like a full disk.</summary>
internal sealed class FailingStream(long capacity) : Stream
{
    private readonly MemoryStream _written = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written.Length;

    public override long Position
    {
        get => _written.Position;
        set => throw new NotSupportedException();
    }

    public byte[] Written => _written.ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Max(0, capacity - _written.Length);
        _written.Write(buffer[..Math.Min(room, buffer.Length)]);
        if (buffer.Length > room)
        {
            throw new IOException("No space left on device");
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
