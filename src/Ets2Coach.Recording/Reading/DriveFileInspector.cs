using System.Diagnostics.CodeAnalysis;

namespace Ets2Coach.Recording.Reading;

/// <summary>
/// Lists a drive file's chunks and damage without decoding frames: every record's CRC is checked
/// and each chunk's uncompressed summary read, so a long drive is verified in a fraction of a replay.
/// </summary>
public static class DriveFileInspector
{
    /// <summary>Inspects the file at <paramref name="path"/>.</summary>
    /// <returns>False with a one-line reason when the file cannot be opened or is not a drive file.</returns>
    public static bool TryInspect(string path, [NotNullWhen(true)] out DriveFileReport? report, [NotNullWhen(false)] out string? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            report = null;
            error = $"Cannot open {path}: {ex.Message}";
            return false;
        }

        using (stream)
        {
            return TryInspect(stream, Path.GetFileName(path), out report, out error);
        }
    }

    /// <summary>Inspects a drive file read from <paramref name="stream"/> (left open).</summary>
    public static bool TryInspect(Stream stream, string fileName, [NotNullWhen(true)] out DriveFileReport? report, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        report = null;
        if (!DriveFileReader.TryOpen(stream, fileName, ownsStream: false, out var reader, out error))
        {
            return false;
        }

        using (reader)
        {
            var chunks = new List<DriveChunkInfo>();
            while (reader.TryReadChunk(null, out var s, out var offset, out var length))
            {
                chunks.Add(new DriveChunkInfo(
                    s.Index, offset, length, s.DriveStartUs / 1e6, s.DriveEndUs / 1e6, s.FrameCount,
                    s.FirstFrameNumber, s.LastFrameNumber, s.EventCount, s.ConfigurationCount));
            }

            report = new DriveFileReport
            {
                FileName = fileName,
                Header = reader.Header,
                Chunks = chunks,
                Damage = reader.Damage,
                FrameCount = reader.FramesRead,
                EventCount = reader.EventsRead,
                LengthBytes = reader.Position,
            };
            return true;
        }
    }
}
