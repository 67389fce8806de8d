namespace Ets2Coach.Telemetry;

/// <summary>Fixed UTF-8 text fields of the shared-memory layout (NUL-terminated, possibly truncated).</summary>
internal static class Utf8Text
{
    /// <summary>Decodes up to the first NUL; invalid sequences become U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        return System.Text.Encoding.UTF8.GetString(end < 0 ? field : field[..end]);
    }

    /// <summary>Encodes <paramref name="text"/> into <paramref name="field"/>, NUL-terminated, cut at a character boundary.</summary>
    public static void Encode(string? text, Span<byte> field)
    {
        field.Clear();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var room = field.Length - 1;
        var written = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (written + rune.Utf8SequenceLength > room)
            {
                break;
            }

            written += rune.EncodeToUtf8(field[written..]);
        }
    }
}
