using System.IO.MemoryMappedFiles;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>
/// Reads the live <c>frames_written</c> counter (header offset 256) of a running game's block, the
/// way a second reader would: a read-only mapping of <c>/dev/shm/&lt;name&gt;</c>. The stalled-reader
/// test uses it to know how far the game got while the reader under test stands still.
/// </summary>
internal sealed unsafe class BridgeWrittenProbe : IDisposable
{
    private const int FramesWrittenOffset = 256;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _header;

    public BridgeWrittenProbe(string shmName)
    {
        using var stream = new FileStream(BridgeShm.PathOf(shmName), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _file = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _file.CreateViewAccessor(0, 512, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _header = pointer + _view.PointerOffset;
    }

    /// <summary>Frames the game has published in this generation.</summary>
    public ulong FramesWritten => Volatile.Read(ref *(ulong*)(_header + FramesWrittenOffset));

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
