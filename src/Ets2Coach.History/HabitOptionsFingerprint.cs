using System.Security.Cryptography;
using System.Text.Json;
using Ets2Coach.Habits;

namespace Ets2Coach.History;

/// <summary>
/// A short, stable fingerprint of every threshold and scoring setting in a <see cref="HabitOptions"/>:
/// two drives scored under the same fingerprint were judged by the same rules, so their scores compare;
/// a drive whose fingerprint differs from the current options' is due for re-scoring.
/// </summary>
/// <remarks>
/// The first 64 bits of the SHA-256 of the options serialised as JSON (property names and values,
/// doubles written round-trip exactly), as 16 lower-case hex digits. Adding an option changes every
/// fingerprint, which is right: a new setting may change what a drive scores.
/// </remarks>
public static class HabitOptionsFingerprint
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    /// <summary>The fingerprint of <paramref name="options"/>.</summary>
    public static string Of(HabitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var json = JsonSerializer.SerializeToUtf8Bytes(options, s_json);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
