using System.Globalization;
using System.Text.RegularExpressions;

namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>
/// Just enough of a C parser for <c>e2c_layout.h</c>: the members of a <c>typedef enum</c> and the
/// values of <c>#define</c>s built from integer literals, <c>UINT64_C</c>/<c>UINT32_C</c>, <c>&lt;&lt;</c>
/// and <c>|</c>.
/// </summary>
public sealed partial class CLayoutHeader
{
    private readonly string _text;

    private CLayoutHeader(string text) => _text = StripComments(text);

    public static CLayoutHeader Load() => new(File.ReadAllText(RepoFiles.LayoutHeader));

    /// <summary>Members of <c>typedef enum <paramref name="name"/> { … }</c> with their values, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, ulong>> Enum(string name)
    {
        var match = Regex.Match(_text, @"typedef\s+enum\s+" + Regex.Escape(name) + @"\s*\{(?<body>[^}]*)\}", RegexOptions.Singleline);
        if (!match.Success)
        {
            throw new InvalidDataException($"enum {name} not found in e2c_layout.h");
        }

        var members = new List<KeyValuePair<string, ulong>>();
        foreach (var entry in match.Groups["body"].Value.Split(','))
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts[0].Length == 0)
            {
                continue;
            }

            members.Add(new(parts[0], parts.Length == 2 ? Evaluate(parts[1]) : throw new InvalidDataException($"{parts[0]} has no explicit value")));
        }

        return members;
    }

    /// <summary>Every <c>#define NAME value</c> whose name starts with <paramref name="prefix"/> and whose value is an integer expression.</summary>
    public IReadOnlyDictionary<string, ulong> Defines(string prefix)
    {
        var result = new Dictionary<string, ulong>();
        foreach (Match m in Define().Matches(_text))
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith(prefix, StringComparison.Ordinal) && TryEvaluate(m.Groups[2].Value, out var value))
            {
                result[name] = value;
            }
        }

        return result;
    }

    /// <summary>The raw text of a <c>#define</c>.</summary>
    public string DefineText(string name)
    {
        foreach (Match m in Define().Matches(_text))
        {
            if (m.Groups[1].Value == name)
            {
                return m.Groups[2].Value.Trim();
            }
        }

        throw new InvalidDataException($"#define {name} not found");
    }

    private static ulong Evaluate(string expression) =>
        TryEvaluate(expression, out var value) ? value : throw new InvalidDataException($"cannot evaluate '{expression}'");

    private static bool TryEvaluate(string expression, out ulong value)
    {
        var e = Regex.Replace(expression, @"UINT(64|32)_C\(([^)]*)\)", "$2").Trim();
        return new ExpressionParser(e).TryParse(out value);
    }

    private static string StripComments(string text) =>
        Regex.Replace(Regex.Replace(text, @"/\*.*?\*/", " ", RegexOptions.Singleline), @"//[^\n]*", " ");

    [GeneratedRegex(@"^\s*#define\s+(\w+)\s+([^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex Define();

    // expr := shift ('|' shift)* ; shift := atom ('<<' atom)* ; atom := number | '(' expr ')'
    private sealed class ExpressionParser(string text)
    {
        private int _at;

        public bool TryParse(out ulong value)
        {
            try
            {
                value = Or();
                Skip();
                return _at == text.Length;
            }
            catch (FormatException)
            {
                value = 0;
                return false;
            }
        }

        private ulong Or()
        {
            var v = Shift();
            while (Accept("|"))
            {
                v |= Shift();
            }

            return v;
        }

        private ulong Shift()
        {
            var v = Atom();
            while (Accept("<<"))
            {
                v <<= (int)Atom();
            }

            return v;
        }

        private ulong Atom()
        {
            if (Accept("("))
            {
                var v = Or();
                if (!Accept(")"))
                {
                    throw new FormatException();
                }

                return v;
            }

            Skip();
            var m = Regex.Match(text[_at..], @"^(0[xX][0-9a-fA-F]+|\d+)[uUlL]*");
            if (!m.Success)
            {
                throw new FormatException();
            }

            _at += m.Length;
            var digits = m.Groups[1].Value;
            return digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? ulong.Parse(digits[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : ulong.Parse(digits, CultureInfo.InvariantCulture);
        }

        private bool Accept(string token)
        {
            Skip();
            if (string.CompareOrdinal(text, _at, token, 0, token.Length) == 0)
            {
                _at += token.Length;
                return true;
            }

            return false;
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
