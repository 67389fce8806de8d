using System.Collections.Frozen;

namespace Ets2Coach.History.Storage;

/// <summary>Enum values stored by their names: exact names only (no numbers, no case folding).</summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> s_byName =
        Enum.GetValues<T>().ToFrozenDictionary(v => v.ToString(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<T, string> s_byValue =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => v.ToString());

    public static string Name(T value) =>
        s_byValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    public static bool TryParse(string text, out T value) => s_byName.TryGetValue(text, out value);
}
