using System.Globalization;
using Ets2Coach.Recording.Format;

namespace Ets2Coach.Recording.Reading;

/// <summary>
/// Collects damaged stretches while a file is read in order and describes each from the intact
/// chunks around it: which chunk indices and drive times were lost, how many frames, and how many
/// frames were recovered after it.
/// </summary>
internal sealed class DamageTracker(string fileName)
{
    private readonly List<Gap> _gaps = [];
    private readonly List<DriveFileDamage> _header = [];
    private Gap? _open;
    private ChunkSummary? _previous;
    private long _frames;

    /// <summary>True once anything was damaged.</summary>
    public bool Any => _gaps.Count > 0 || _open is not null || _header.Count > 0;

    /// <summary>A damaged stretch; consecutive stretches merge into one gap.</summary>
    public void OnDamage(DamageKind kind, long offset, long length, string? detail = null)
    {
        _open ??= new Gap { Kind = kind, Detail = detail, Offset = offset, Previous = _previous };
        _open.End = offset + length;
    }

    /// <summary>The header could not be used.</summary>
    public void OnHeaderDamage(long offset, long length, string reason) =>
        _header.Add(new DriveFileDamage
        {
            Kind = DamageKind.Header,
            Offset = offset,
            LengthBytes = length,
            Message = $"{fileName}: the header is unreadable ({reason}); the game, versions and starting configuration are unknown, chunks are read anyway",
        });

    /// <summary>An intact chunk; closes the open gap, or opens one when chunk indices jump.</summary>
    public void OnChunk(in ChunkSummary summary, long offset)
    {
        var expected = _previous is { } p ? p.Index + 1 : 0;
        if (_open is null && summary.Index > expected)
        {
            _open = new Gap { Kind = DamageKind.Missing, Offset = offset, End = offset, Previous = _previous };
        }

        if (_open is not null)
        {
            _open.Next = summary;
            _open.FramesAtClose = _frames;
            _gaps.Add(_open);
            _open = null;
        }

        _previous = summary;
        _frames += summary.FrameCount;
    }

    /// <summary>Describes all damage seen so far (an open gap counts as reaching the end of the file).</summary>
    public List<DriveFileDamage> Describe()
    {
        var result = new List<DriveFileDamage>(_header);
        foreach (var gap in _gaps)
        {
            result.Add(Describe(gap, _frames - gap.FramesAtClose));
        }

        if (_open is not null)
        {
            result.Add(Describe(_open, 0));
        }

        return result;
    }

    private DriveFileDamage Describe(Gap gap, long recoveredAfter)
    {
        var c = CultureInfo.InvariantCulture;
        var previous = gap.Previous;
        var next = gap.Next;
        uint firstLost = previous is { } p ? p.Index + 1 : 0;
        double? from = previous is { } p2 ? Seconds(p2.DriveEndUs) : null;
        double? to = next is { } n ? Seconds(n.DriveStartUs) : null;
        long? framesLost = previous is { } a && next is { } b && b.FirstFrameNumber > a.LastFrameNumber && a.FrameCount > 0 && b.FrameCount > 0
            ? (long)(b.FirstFrameNumber - a.LastFrameNumber - 1)
            : null;
        var lostCount = next is { } n2 ? (long)n2.Index - firstLost : -1;
        var reason = gap.Kind switch
        {
            DamageKind.CrcMismatch => "is corrupt (CRC mismatch)",
            DamageKind.Truncated => "is cut off (the file ends inside it: the recording was interrupted by a crash, a power cut or a full disk)",
            DamageKind.BadLength => "is corrupt (impossible record length)",
            DamageKind.Unrecognised => "is overwritten (no record signature)",
            DamageKind.Invalid => $"is unreadable ({gap.Detail})",
            DamageKind.Missing => "is missing",
            _ => "is damaged",
        };
        var at = string.Create(c, $" at byte {gap.Offset:N0}");
        string message;
        if (lostCount == 0)
        {
            message = string.Create(c, $"{fileName}: {gap.End - gap.Offset:N0} unreadable bytes{at} skipped; no chunk lost");
        }
        else
        {
            var plural = lostCount > 1;
            var subject = lostCount < 0
                ? string.Create(c, $"the end of the file from chunk {firstLost}")
                : plural ? string.Create(c, $"chunks {firstLost}–{firstLost + lostCount - 1}") : string.Create(c, $"chunk {firstLost}");
            var when = to is { } t
                ? string.Create(c, $" (t = {from ?? 0:0.0}–{t:0.0} s)")
                : string.Create(c, $" (from t = {from ?? 0:0.0} s)");
            var verb = plural ? reason.Replace("is ", "are ", StringComparison.Ordinal) : reason;
            var skipped = lostCount < 0 ? "" : string.Create(c, $"; {lostCount} chunk{(plural ? "s" : "")} skipped");
            var lost = framesLost is { } f ? string.Create(c, $" ({f:N0} frames lost)") : "";
            var after = lostCount < 0
                ? string.Create(c, $"; {_frames:N0} frames recovered before it")
                : string.Create(c, $", {recoveredAfter:N0} frames recovered after {(plural ? "them" : "it")}");
            message = $"{fileName}: {subject}{when} {verb}{at}{skipped}{lost}{after}";
        }

        return new DriveFileDamage
        {
            Kind = gap.Kind,
            Offset = gap.Offset,
            LengthBytes = gap.End - gap.Offset,
            FirstLostChunk = lostCount == 0 ? null : firstLost,
            LastLostChunk = lostCount > 0 ? (uint)(firstLost + lostCount - 1) : null,
            FromSeconds = from,
            ToSeconds = to,
            FramesLost = framesLost,
            FramesRecoveredAfter = recoveredAfter,
            Message = message,
        };
    }

    private static double Seconds(long microseconds) => microseconds / 1e6;

    private sealed class Gap
    {
        public DamageKind Kind { get; init; }

        public string? Detail { get; init; }

        public long Offset { get; init; }

        public long End { get; set; }

        public ChunkSummary? Previous { get; init; }

        public ChunkSummary? Next { get; set; }

        public long FramesAtClose { get; set; }
    }
}
