using System.Buffers.Binary;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Format.Records;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Reading;

/// <summary>
/// 1,000 damaged or hostile files: each must give back only intact data or a clear one-line error,
/// never an exception, never a hang, and never unbounded memory.
/// </summary>
public sealed class FuzzTests
{
    private const int Mutants = 1000;
    private const long MaxAllocatedBytesPerFile = 32L << 20;
    private static readonly TimeSpan s_perFileTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Replay_ThousandFuzzedFiles_IntactDataOrClearErrorNeverAnException()
    {
        var items = Drives.Stream(seed: 31, frameCount: 60 * 20);
        var original = await Drives.RecordAsync(items);
        var framesByNumber = items.Where(i => i.Kind == StreamItemKind.Frame).ToDictionary(i => i.Frame.FrameNumber, i => i.Frame);
        Assert.True(DriveFileInspector.TryInspect(new MemoryStream(original), "base", out var baseReport, out _));
        var chunks = baseReport.Chunks;
        var random = new Random(12345);
        var categories = new int[9];

        for (var i = 0; i < Mutants; i++)
        {
            var category = i % categories.Length;
            categories[category]++;
            var (file, crcProtected) = Mutate(category, original, chunks, random);
            var work = Task.Run(() => Check(file, crcProtected, framesByNumber));
            var finished = await Task.WhenAny(work, Task.Delay(s_perFileTimeout)) == work;
            Assert.True(finished, $"mutant {i} (category {category}) did not finish within {s_perFileTimeout.TotalSeconds} s");
            var problem = await work;
            Assert.True(problem is null, $"mutant {i} (category {category}): {problem}");
        }

        Assert.All(categories, count => Assert.True(count >= 100));
    }

    private static string? Check(byte[] file, bool crcProtected, Dictionary<ulong, TelemetryFrame> originals)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            if (!DriveFileTelemetrySource.TryOpen(new MemoryStream(file), "fuzz.e2cd", null, ownsStream: true, out var source, out var error))
            {
                return string.IsNullOrWhiteSpace(error) || error.Contains('\n', StringComparison.Ordinal) ? $"unclear error '{error}'" : null;
            }

            using (source)
            {
                var frames = new TelemetryFrame[256];
                var events = new TelemetryEvent[256];
                int n;
                while ((n = source.ReadFrames(frames)) > 0)
                {
                    source.ReadEvents(events);
                    for (var k = 0; k < n && crcProtected; k++)
                    {
                        if (!originals.TryGetValue(frames[k].FrameNumber, out var expected) || expected != frames[k])
                        {
                            return $"frame {frames[k].FrameNumber} came back different from the one recorded";
                        }
                    }
                }

                if (source.Status.State != TelemetrySourceState.Ended)
                {
                    return "the replay stopped before it ended";
                }

                foreach (var damage in source.Damage)
                {
                    if (damage.Message.Length == 0 || damage.Message.Contains('\n', StringComparison.Ordinal))
                    {
                        return $"unclear damage message '{damage.Message}'";
                    }
                }
            }

            DriveFileInspector.TryInspect(new MemoryStream(file), "fuzz.e2cd", out _, out _);
        }
#pragma warning disable CA1031 // The point of the test: report any exception as a failure with its mutant.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return allocated > MaxAllocatedBytesPerFile ? $"allocated {allocated:N0} bytes for a {file.Length:N0}-byte file" : null;
    }

    private static (byte[] File, bool CrcProtected) Mutate(int category, byte[] original, IReadOnlyList<DriveChunkInfo> chunks, Random random)
    {
        var file = (byte[])original.Clone();
        var chunk = chunks[random.Next(chunks.Count)];
        switch (category)
        {
            case 0: // truncated anywhere
                return (file[..random.Next(file.Length)], true);
            case 1: // bit rot
                for (var flips = random.Next(1, 9); flips > 0; flips--)
                {
                    var at = random.Next(file.Length);
                    file[at] ^= (byte)(1 << random.Next(8));
                }

                return (file, true);
            case 2: // a newer format: in the record prefix or in the header itself
                if (random.Next(2) == 0)
                {
                    file[9] = (byte)random.Next(2, 256);
                    return (file, true);
                }

                var header = new ByteBuffer();
                HeaderCodec.WriteRecord(new HeaderRecord { FormatVersion = random.Next(2, 1000), GameId = "eut2" }, header);
                return ([.. header.WrittenSpan, .. file.AsSpan((int)chunks[0].Offset)], true);
            case 3: // random bytes, half of them behind a valid signature
                var noise = new byte[random.Next(0, 4096)];
                random.NextBytes(noise);
                if (noise.Length >= 4 && random.Next(2) == 0)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(noise, DriveFormat.Magic);
                }

                return (noise, true);
            case 4: // header only, maybe with junk after it
                var junk = new byte[random.Next(0, 64)];
                random.NextBytes(junk);
                return ([.. file.AsSpan(0, (int)chunks[0].Offset), .. junk], true);
            case 5: // huge or wrong declared lengths
                uint[] lengths = [uint.MaxValue, int.MaxValue, (uint)DriveFormat.MaxRecordBodyBytes + 1, (uint)DriveFormat.MaxRecordBodyBytes, (uint)random.Next()];
                BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan((int)chunk.Offset + 12), lengths[random.Next(lengths.Length)]);
                return (file, true);
            case 6: // a chunk replaced by random MessagePack-ish bytes with a valid CRC
                var body = new byte[random.Next(1, 2048)];
                random.NextBytes(body);
                body[0] = (byte)(0x80 | random.Next(16)); // a fixmap header, so parsing goes deeper
                return (Replace(file, chunk, body), false);
            case 7: // a chunk's bytes flipped, CRC recomputed: the decoder itself must hold
                var record = file.AsSpan((int)chunk.Offset, (int)chunk.LengthBytes).ToArray();
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    record[random.Next(DriveFormat.PrefixSize, record.Length)] ^= (byte)(1 << random.Next(8));
                }

                return (Replace(file, chunk, record[DriveFormat.PrefixSize..]), false);
            default: // two chunks swapped
                var other = chunks[random.Next(chunks.Count)];
                var (first, second) = chunk.Offset < other.Offset ? (chunk, other) : (other, chunk);
                if (first == second)
                {
                    return (file, true);
                }

                return ([
                    .. file.AsSpan(0, (int)first.Offset),
                    .. file.AsSpan((int)second.Offset, (int)second.LengthBytes),
                    .. file.AsSpan((int)(first.Offset + first.LengthBytes), (int)(second.Offset - first.Offset - first.LengthBytes)),
                    .. file.AsSpan((int)first.Offset, (int)first.LengthBytes),
                    .. file.AsSpan((int)(second.Offset + second.LengthBytes))], true);
        }
    }

    private static byte[] Replace(byte[] file, DriveChunkInfo chunk, byte[] body)
    {
        var record = new byte[DriveFormat.PrefixSize + body.Length];
        body.CopyTo(record, DriveFormat.PrefixSize);
        RecordPrefix.Complete(record, RecordKind.Chunk);
        return [.. file.AsSpan(0, (int)chunk.Offset), .. record, .. file.AsSpan((int)(chunk.Offset + chunk.LengthBytes))];
    }
}
