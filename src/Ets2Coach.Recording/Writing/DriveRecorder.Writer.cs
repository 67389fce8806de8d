using System.Globalization;
using System.IO.Pipelines;
using System.Reflection;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Format.Records;

namespace Ets2Coach.Recording.Writing;

/// <summary>The background half: header, then each complete chunk, compressed and written in order.</summary>
public sealed partial class DriveRecorder
{
    private string? _message;
    private long _framesWritten;
    private long _framesDurable;
    private long _chunksWritten;
    private long _bytesWritten;

    private async Task WriteAllAsync(Stream stream)
    {
        var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024, leaveOpen: true));
        var record = new ByteBuffer(64 * 1024);
        var codec = new ChunkCodec();
        var time = _options.TimeProvider;
        var lastDiskFlush = time.GetTimestamp();
        long framesHandedOver = 0;
        try
        {
            var reader = _complete.Reader;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var chunk))
                {
                    record.Clear();
                    codec.WriteRecord(chunk, record);
                    var frames = chunk.FrameCount;
                    Recycle(chunk);
                    await WriteRecordAsync(pipe, record).ConfigureAwait(false);
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
            }

            await pipe.CompleteAsync().ConfigureAwait(false);
            FlushToDisk(stream);
            Volatile.Write(ref _framesDurable, framesHandedOver);
            await stream.DisposeAsync().ConfigureAwait(false);
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
            await pipe.CompleteAsync(ex).ConfigureAwait(false);
            try
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception disposeError) when (disposeError is IOException or ObjectDisposedException or NotSupportedException)
            {
                // Closing a stream that just failed may fail again; the first error is the one reported.
            }

            // Return whatever is still queued so the caller's buffers are not stranded.
            while (_complete.Reader.TryRead(out var chunk))
            {
                Recycle(chunk);
            }
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
        _free.Enqueue(chunk);
        if (!_options.DropWhenBehind)
        {
            _chunkFreed.Release();
        }
    }

    private async ValueTask WriteRecordAsync(PipeWriter pipe, ByteBuffer record)
    {
        var bytes = record.WrittenSpan;
        bytes.CopyTo(pipe.GetSpan(bytes.Length));
        pipe.Advance(bytes.Length);
        var length = bytes.Length;
        record.Clear();
        await pipe.FlushAsync().ConfigureAwait(false);
        Volatile.Write(ref _bytesWritten, _bytesWritten + length);
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
