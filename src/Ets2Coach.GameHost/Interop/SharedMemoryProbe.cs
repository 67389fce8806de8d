using System.Buffers.Binary;

namespace Ets2Coach.GameHost.Interop;

/// <summary>
/// Reads a few header fields of the plugin's shared-memory block (Linux: <c>/dev/shm/&lt;name&gt;</c>)
/// for the host's status lines. Not a reader: it takes no part in the ring protocol.
/// </summary>
internal static class SharedMemoryProbe
{
    /// <summary>The plugin's default object name (<c>E2C_DEFAULT_SHM_NAME</c>).</summary>
    public const string DefaultName = "Ets2Coach.Telemetry";

    private const ulong Magic = 0x4D454C4554433245; // "E2CTELEM"

    /// <summary>The object name the plugin uses: <paramref name="configured"/>, else <c>ETS2COACH_SHM_NAME</c>, else the default.</summary>
    public static string EffectiveName(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("ETS2COACH_SHM_NAME");
        return string.IsNullOrEmpty(fromEnvironment) ? DefaultName : fromEnvironment;
    }

    /// <summary>Where the block lives on this OS, or null where it is not a file (Windows).</summary>
    public static string? PathOf(string name) => OperatingSystem.IsWindows() ? null : Path.Combine("/dev/shm", name);

    /// <summary>Reads <c>writer_generation</c>; false when the block is missing or not (yet) valid.</summary>
    public static bool TryReadGeneration(string name, out ulong generation)
    {
        generation = 0;
        var path = PathOf(name);
        if (path is null || !File.Exists(path))
        {
            return false;
        }

        Span<byte> header = stackalloc byte[80];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.ReadExactly(header);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != Magic)
        {
            return false;
        }

        generation = BinaryPrimitives.ReadUInt64LittleEndian(header[72..]);
        return generation != 0;
    }
}
