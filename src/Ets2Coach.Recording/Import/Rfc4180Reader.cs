using System.Text;

namespace Ets2Coach.Recording.Import;

/// <summary>
/// A small RFC 4180 CSV reader (.NET has none in the box): fields separated by a delimiter, optionally
/// quoted with <c>"</c>; inside quotes the delimiter and line breaks are data and <c>""</c> is one
/// quote. Records end at CRLF, LF or CR. Reports the line each record starts on.
/// </summary>
internal sealed class Rfc4180Reader(TextReader reader, char delimiter = ',')
{
    private const int MaxFieldLength = 1 << 20;
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>Reads the next record into <paramref name="fields"/>.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields.</param>
    /// <param name="line">The line the record starts on.</param>
    /// <param name="error">A one-line reason when the record is malformed (then the reader stops).</param>
    /// <returns>False at the end of the input or on an error.</returns>
    public bool TryReadRecord(List<string> fields, out int line, out string? error)
    {
        fields.Clear();
        _field.Clear();
        line = _line;
        error = null;
        var c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        var quoted = false;
        var fieldStarted = false;
        while (true)
        {
            if (quoted)
            {
                if (c < 0)
                {
                    error = $"line {line}: a quoted field is not closed before the end of the file";
                    return false;
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    CountLine(c);
                    _field.Append((char)c);
                }
            }
            else if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(_field.ToString());
                _field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n' or < 0)
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (c >= 0)
                {
                    _line++;
                }

                fields.Add(_field.ToString());
                return true;
            }
            else
            {
                _field.Append((char)c);
                fieldStarted = true;
            }

            if (_field.Length > MaxFieldLength)
            {
                error = $"line {line}: a field is longer than {MaxFieldLength:N0} characters";
                return false;
            }

            c = reader.Read();
        }
    }

    private void CountLine(int c)
    {
        if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
        {
            _line++;
        }
    }
}
