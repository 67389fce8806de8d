using Microsoft.Data.Sqlite;

namespace Ets2Coach.History.Storage;

/// <summary>Small helpers over <see cref="SqliteCommand"/>: every value goes in as a parameter.</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        return command;
    }

    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, text);
        Bind(command, parameters);
        return command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, text);
        Bind(command, parameters);
        return command.ExecuteScalar() is long value ? value : 0;
    }

    public static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    /// <summary>A REAL value to bind: NaN (which SQLite cannot store) goes in as NULL; see <see cref="DoubleOrNaN"/>.</summary>
    public static object Real(double value) => double.IsNaN(value) ? DBNull.Value : value;

    /// <summary>A nullable REAL column reads back NULL as NaN (what <see cref="Real"/> stored it as).</summary>
    public static double DoubleOrNaN(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? double.NaN : reader.GetDouble(ordinal);

    public static string? StringOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Int64OrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
