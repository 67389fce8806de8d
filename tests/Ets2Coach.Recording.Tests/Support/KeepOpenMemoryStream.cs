namespace Ets2Coach.Recording.Tests.Support;

/// <summary>A memory stream whose bytes stay readable after the recorder disposed it.</summary>
internal sealed class KeepOpenMemoryStream : MemoryStream
{
    private byte[]? _final;

    public override byte[] ToArray() => _final ?? base.ToArray();

    protected override void Dispose(bool disposing)
    {
        _final ??= base.ToArray();
        base.Dispose(disposing);
    }
}
