using System.CommandLine.Parsing;
using System.Globalization;

namespace Ets2Coach.Commands;

/// <summary>Custom parsers that turn a bad value into System.CommandLine's own error (exit code 1), in plain words.</summary>
internal static class OptionParsers
{
    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], else <paramref name="message"/>.</summary>
    public static double Number(ArgumentResult result, double min, double max, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Tokens.Count == 1
            && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(message);
        return default;
    }

    /// <summary>A whole number, else <paramref name="message"/>.</summary>
    public static int Integer(ArgumentResult result, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError(message);
        return default;
    }
}
