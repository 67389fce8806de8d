using System.Globalization;

namespace Ets2Coach.History.Schema;

/// <summary>The drive history's schema: its migrations in order and the marks that say a file is ours.</summary>
internal static class HistorySchema
{
    /// <summary><c>PRAGMA application_id</c> of a drive history: "E2CH" as a big-endian 32-bit integer.</summary>
    public const int ApplicationId = 0x45324348;

    /// <summary><see cref="ApplicationId"/> as SQL text (PRAGMA values cannot be parameters).</summary>
    public static string ApplicationIdText { get; } = ApplicationId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every migration, in version order: 1, 2, ….</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = [SchemaV1.Migration, SchemaV2.Migration];

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => Migrations[^1].Version;
}
