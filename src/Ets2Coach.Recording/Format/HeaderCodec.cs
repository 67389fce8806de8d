using System.Diagnostics.CodeAnalysis;
using Ets2Coach.Recording.Format.Records;
using MessagePack;

namespace Ets2Coach.Recording.Format;

/// <summary>Writes and reads the header record.</summary>
internal static class HeaderCodec
{
    /// <summary>Appends the framed header record to <paramref name="output"/>.</summary>
    public static void WriteRecord(HeaderRecord header, ByteBuffer output)
    {
        var start = output.Length;
        output.GetSpan(DriveFormat.PrefixSize);
        output.Advance(DriveFormat.PrefixSize);
        MessagePackSerializer.Serialize(output, header, DriveSerializer.Trusted);
        RecordPrefix.Complete(output.WrittenSpan[start..], RecordKind.Header);
    }

    /// <summary>Reads a header body from a file a user handed in.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out HeaderRecord? header, [NotNullWhen(false)] out string? error)
    {
        try
        {
            header = MessagePackSerializer.Deserialize<HeaderRecord>(body, DriveSerializer.Untrusted);
        }
        catch (Exception ex) when (DriveSerializer.IsMalformedInput(ex))
        {
            header = null;
            error = "the header is not valid MessagePack";
            return false;
        }

        if (header is null)
        {
            error = "the header is empty";
            return false;
        }

        if (TooLong(header.GameId) || TooLong(header.GameName) || TooLong(header.CoachVersion) || TooLong(header.RecorderId) || TooLong(header.Source))
        {
            header = null;
            error = $"the header holds a string longer than {DriveFormat.MaxStringLength} characters";
            return false;
        }

        error = null;
        return true;
    }

    private static bool TooLong(string? text) => text is not null && text.Length > DriveFormat.MaxStringLength;
}
