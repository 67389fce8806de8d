using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Schema;

/// <summary>
/// One step of the schema: takes a database at <c>Version − 1</c> to <see cref="Version"/>. The
/// migrator runs it inside its own transaction and sets <c>PRAGMA user_version</c> in that same
/// transaction, so a step either happens completely or not at all.
/// </summary>
/// <param name="Version">The schema version after the step.</param>
/// <param name="Description">Why the step exists.</param>
/// <param name="Apply">The step; runs inside <paramref name="Apply"/>'s transaction argument.</param>
internal sealed record Migration(int Version, string Description, Action<SqliteConnection, SqliteTransaction> Apply);
