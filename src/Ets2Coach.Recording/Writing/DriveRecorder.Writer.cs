using System.Globalization;
using System.Reflection;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Format.Records;

namespace Ets2Coach.Recording.Writing;

/// <summary>The writer thread's half: header, then each complete chunk, compressed and written in order.</summary>
public sealed partial class DriveRecorder
{
    private string? _message;
    private long _framesWritten;
    private long _framesDurable;
    private long _chunksWritten;
    private long _bytesWritten;

    /// <summary>The writer thread: waits for sealed chunks and writes them in order until disposed or failed.</summary>
    private void WriteAll(Stream stream)
    {
        var record = new ByteBuffer(64 * 1024);
        var codec = new ChunkCodec();
        var time = _options.TimeProvider;
        var lastDiskFlush = time.GetTimestamp();
        long framesHandedOver = 0;
        try
        {
            while (true)
            {
                // Read the flag before draining: DisposeAsync seals the last chunk before it sets the flag,
                // so once the flag is seen, one more drain has everything.
                var completing = _completing;
                while (_sealed.TryDequeue(out var chunk))
                {
                    record.Clear();
                    codec.WriteRecord(chunk, record);
                    var frames = chunk.FrameCount;
                    Recycle(chunk);

                    // Straight to the OS (the FileStream is unbuffered; other streams are flushed): a chunk
                    // counted as written survives the process being killed.
                    stream.Write(record.WrittenSpan);
                    stream.Flush();
                    Volatile.Write(ref _bytesWritten, _bytesWritten + record.Length);
                    framesHandedOver += frames;
                    Volatile.Write(ref _framesWritten, framesHandedOver);
                    Volatile.Write(ref _chunksWritten, _chunksWritten + 1);
                    if (time.GetElapsedTime(lastDiskFlush) >= _options.FlushToDiskInterval)
                    {
                        FlushToDisk(stream);
                        lastDiskFlush = time.GetTimestamp();
                        Volatile.Write(ref _framesDurable, framesHandedOver);
                    }
                }

                if (completing)
                {
                    break;
                }

                _chunkSealed.Wait();
            }

            FlushToDisk(stream);
            Volatile.Write(ref _framesDurable, framesHandedOver);
            stream.Dispose();
            var kilobytes = _bytesWritten / 1024.0;
            Volatile.Write(ref _message, string.Create(CultureInfo.InvariantCulture,
                $"Recording saved to {_fileName}: {framesHandedOver:N0} frames in {_chunksWritten:N0} chunks ({kilobytes:N0} KB)."));
            _state = (int)RecorderState.Stopped;
        }
#pragma warning disable CA1031 // A recorder never throws into its host: any failure is reported and recording stops.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(ex, framesHandedOver);
            try
            {
                stream.Dispose();
            }
            catch (Exception disposeError) when (disposeError is IOException or ObjectDisposedException or NotSupportedException)
            {
                // Closing a stream that just failed may fail again; the first error is the one reported.
            }

            // Return whatever is still queued so the caller's buffers are not stranded.
            while (_sealed.TryDequeue(out var chunk))
            {
                Recycle(chunk);
            }
        }
        finally
        {
            _writerDone.SetResult();
        }
    }

    private bool WriteHeader(Stream stream)
    {
        var record = new ByteBuffer(1024);
        HeaderCodec.WriteRecord(BuildHeader(), record);
        try
        {
            stream.Write(record.WrittenSpan);
            FlushToDisk(stream);
            _bytesWritten = record.Length;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            Fail(ex, 0);
            stream.Dispose();
            return false;
        }
    }

    private void Recycle(ChunkData chunk)
    {
        chunk.Clear();
        _free.TryEnqueue(chunk); // never full: it has a slot for every buffer
        if (!_options.DropWhenBehind)
        {
            _chunkFreed.Release();
        }
    }

    private static void FlushToDisk(Stream stream)
    {
        if (stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            stream.Flush();
        }
    }

    private void Fail(Exception ex, long framesWritten)
    {
        var reason = ex is IOException or UnauthorizedAccessException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
        Volatile.Write(ref _message, string.Create(CultureInfo.InvariantCulture,
            $"Recording stopped: {_fileName}: {reason.ReplaceLineEndings(" ")} ({framesWritten:N0} frames saved; coaching goes on)."));
        _state = (int)RecorderState.Failed;
    }

    private HeaderRecord BuildHeader()
    {
        var writer = _options.Writer;
        return new HeaderRecord
        {
            FormatVersion = DriveFormat.FormatVersion,
            GameId = writer?.GameId ?? "unknown",
            GameName = writer?.GameName,
            PluginVersion = writer?.PluginVersion ?? 0,
            TelemetryApiVersion = writer?.TelemetryApiVersion ?? 0,
            GameSchemaVersion = writer?.GameSchemaVersion ?? 0,
            ChannelsRegistered = (ulong)(writer?.ChannelsRegistered ?? 0),
            CoachVersion = _options.CoachVersion ?? CoachVersion(),
            WriterGeneration = _options.WriterGeneration,
            FrameRateHz = _options.FrameRateHz,
            StartedUnixMs = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            Configuration = ConfigurationMapper.ToRecord(_options.Configuration),
            RecorderId = Guid.NewGuid().ToString("N"),
            ChunkDurationUs = _chunkDurationUs,
            Source = _options.Source,
        };
    }

    private static string CoachVersion() =>
        typeof(DriveRecorder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
