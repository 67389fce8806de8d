using System.IO.MemoryMappedFiles;
using System.Runtime.Versioning;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// One read-only mapping of the plugin's block, read through a raw pointer (a
/// <see cref="MemoryMappedViewAccessor"/> read costs 19–60 ns; a pointer load ~0.3 ns).
/// Linux: the file <c>/dev/shm/&lt;name&gt;</c>; Windows: the named mapping <c>Local\&lt;name&gt;</c>.
/// </summary>
/// <remarks>
/// On Linux the plugin unlinks the name at shutdown and creates a new object at the next init:
/// this mapping stays valid (it keeps the old object alive) and the reader notices the new one by
/// opening the name again and comparing generations.
/// </remarks>
internal sealed unsafe class MappedBlock : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    private MappedBlock(MemoryMappedFile file, MemoryMappedViewAccessor view, long length)
    {
        _file = file;
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>First byte of the block.</summary>
    public byte* Pointer
    {
        get
        {
            ObjectDisposedException.ThrowIf(_pointer == null, this);
            return _pointer;
        }
    }

    /// <summary>Bytes mapped.</summary>
    public long Length { get; }

    /// <summary>Where the block lives for a shared-memory name on this OS (for messages).</summary>
    public static string Describe(string name) =>
        OperatingSystem.IsWindows() ? $"Local\\{name}" : LinuxPath(name);

    /// <summary>The POSIX shared-memory file of <paramref name="name"/>.</summary>
    public static string LinuxPath(string name) => "/dev/shm/" + name;

    /// <summary>Opens the block the plugin publishes under <paramref name="name"/> on this OS.</summary>
    public static MappedBlockOpenStatus TryOpenName(string name, out MappedBlock? block, out string? error) =>
        OperatingSystem.IsWindows() ? TryOpenWindows(name, out block, out error) : TryOpenPath(LinuxPath(name), out block, out error);

    /// <summary>Maps a file read-only (Linux shared memory, or a block file written by tests).</summary>
    public static MappedBlockOpenStatus TryOpenPath(string path, out MappedBlock? block, out string? error)
    {
        block = null;
        error = null;
        FileStream? stream = null;
        try
        {
            // FileShare.ReadWrite | Delete: the writer keeps writing and may unlink the name.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

            // Checked before mapping: a zero-length file cannot be mapped with capacity 0, and the
            // length read here is what the mapping (and the validator) will trust.
            var length = stream.Length;
            if (length < LayoutConstants.HeaderSize)
            {
                error = $"'{path}' is {length} bytes, shorter than the {LayoutConstants.HeaderSize}-byte header.";
                return MappedBlockOpenStatus.TooSmall;
            }

            var file = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            stream = null; // owned by the mapping now
            return Map(file, length, path, out block, out error);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return MappedBlockOpenStatus.NotFound;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error = $"Cannot map '{path}': {e.Message}";
            return MappedBlockOpenStatus.Failed;
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_pointer == null)
        {
            return;
        }

        _pointer = null;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }

    [SupportedOSPlatform("windows")]
    private static MappedBlockOpenStatus TryOpenWindows(string name, out MappedBlock? block, out string? error)
    {
        block = null;
        error = null;
        var objectName = Describe(name);
        try
        {
            var file = MemoryMappedFile.OpenExisting(objectName, MemoryMappedFileRights.Read, HandleInheritability.None);
            return Map(file, length: -1, objectName, out block, out error);
        }
        catch (FileNotFoundException)
        {
            return MappedBlockOpenStatus.NotFound;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"Cannot map '{objectName}': {e.Message}";
            return MappedBlockOpenStatus.Failed;
        }
    }

    private static MappedBlockOpenStatus Map(MemoryMappedFile file, long length, string what, out MappedBlock? block, out string? error)
    {
        MemoryMappedViewAccessor? view = null;
        try
        {
            // Never more than the largest valid block, however large the file claims to be. Windows:
            // the section's size is not known up front; the view covers all of it (rounded up to a
            // page, which is readable).
            view = file.CreateViewAccessor(0, length < 0 ? 0 : Math.Min(length, LayoutConstants.MaxBlockSize), MemoryMappedFileAccess.Read);
            var mapped = length < 0 ? Math.Min(view.Capacity, LayoutConstants.MaxBlockSize) : Math.Min(length, view.Capacity);
            if (mapped < LayoutConstants.HeaderSize)
            {
                view.Dispose();
                file.Dispose();
                block = null;
                error = $"'{what}' is {mapped} bytes, shorter than the {LayoutConstants.HeaderSize}-byte header.";
                return MappedBlockOpenStatus.TooSmall;
            }

            block = new MappedBlock(file, view, mapped);
            error = null;
            return MappedBlockOpenStatus.Opened;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            view?.Dispose();
            file.Dispose();
            block = null;
            error = $"Cannot map '{what}': {e.Message}";
            return MappedBlockOpenStatus.Failed;
        }
    }
}
