using System.Buffers.Binary;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>Shared-memory names and files of the end-to-end tests (Linux: <c>/dev/shm/&lt;name&gt;</c>).</summary>
internal static class BridgeShm
{
    /// <summary>
    /// A name no other test or test run uses: the plugin accepts 1–128 characters from
    /// A–Z a–z 0–9 . _ - (the guid's hex digits and the test's tag stay within that).
    /// </summary>
    public static string NewName(string tag) => $"e2c-e2e-{tag}-{Guid.NewGuid():N}";

    /// <summary>Where the block lives on Linux.</summary>
    public static string PathOf(string name) => Path.Combine("/dev/shm", name);

    /// <summary>True when a block (or a leftover) exists under the name.</summary>
    public static bool Exists(string name) => File.Exists(PathOf(name));

    /// <summary>Removes the block if it exists (a killed game's leftover, a test's hostile block).</summary>
    public static void Remove(string name)
    {
        try
        {
            File.Delete(PathOf(name));
        }
        catch (IOException)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// A block header exactly as layout version 1 describes it (docs/shared-memory-protocol.md,
    /// "Generated tables"), RUNNING, with 16-slot rings, followed by zeroed rings and configuration:
    /// a valid block that publishes nothing. Tests corrupt one field of it.
    /// </summary>
    public static byte[] ValidBlock()
    {
        const int frameCapacity = 16, eventCapacity = 16;
        const long framesOffset = 512;
        const long eventsOffset = framesOffset + (frameCapacity * 320);
        const long configOffset = eventsOffset + (eventCapacity * 256);
        const long totalSize = (configOffset + 6_144 + 4_095) & ~4_095L;
        var block = new byte[totalSize];
        var h = block.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(h[0..], 0x4D454C4554433245);  // magic "E2CTELEM"
        BinaryPrimitives.WriteUInt32LittleEndian(h[8..], 1);                   // layout_version
        BinaryPrimitives.WriteUInt32LittleEndian(h[12..], 512);                // header_size
        BinaryPrimitives.WriteUInt64LittleEndian(h[16..], (ulong)totalSize);   // total_size
        BinaryPrimitives.WriteUInt64LittleEndian(h[24..], framesOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[32..], eventsOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[40..], configOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(h[48..], 320);                // frame_slot_size
        BinaryPrimitives.WriteUInt32LittleEndian(h[52..], frameCapacity);
        BinaryPrimitives.WriteUInt32LittleEndian(h[56..], 256);                // event_slot_size
        BinaryPrimitives.WriteUInt32LittleEndian(h[60..], eventCapacity);
        BinaryPrimitives.WriteUInt32LittleEndian(h[64..], 6_144);              // config_size
        BinaryPrimitives.WriteUInt32LittleEndian(h[68..], 1);                  // state RUNNING
        BinaryPrimitives.WriteUInt64LittleEndian(h[72..], 0xE2C0_0000_0000_0001); // writer_generation
        BinaryPrimitives.WriteUInt32LittleEndian(h[80..], 0x1_0001);           // telemetry API 1.01
        BinaryPrimitives.WriteUInt32LittleEndian(h[84..], 0x1_0012);           // schema 1.18
        "eut2"u8.CopyTo(h[88..]);
        "Hostile test"u8.CopyTo(h[104..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[168..], 0x1);               // plugin_version
        BinaryPrimitives.WriteUInt32LittleEndian(h[172..], (uint)Environment.ProcessId);
        return block;
    }

    /// <summary>Writes <paramref name="content"/> as the block <paramref name="name"/>, mode 0600 like the plugin's.</summary>
    public static void Write(string name, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var file = new FileStream(PathOf(name), options);
        file.Write(content);
    }
}
