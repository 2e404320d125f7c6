using Microsoft.Data.Sqlite;
using Siege.Ensembles;
using Siege.Ensembles.Export;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// The <c>--store</c> option: a run store that exists, or a new file that can become one. Anything else that exists
/// under that name (a report, a CSV, another program's database) is refused before any work, so it is never
/// overwritten or turned into a database.
/// </summary>
internal static class RunStoreOption
{
    public const string Option = "--store";

    /// <summary>The table every run store has (see Siege.Ensembles' StoreSchema); a database without it is someone else's.</summary>
    private const string VersionTable = "schema_version";

    /// <summary>Checks a store the command will create if it is missing.</summary>
    public static void Check(string path) => Check(path, missing: null, Option);

    /// <summary>Checks a store the command only reads: a missing one is refused with <paramref name="missing"/> as the advice.</summary>
    public static void CheckExisting(string path, string missing) => Check(path, missing, Option);

    /// <summary>As <see cref="Check(string)"/> and <see cref="CheckExisting"/>, for a store named otherwise than by <c>--store</c> (<paramref name="label"/> in messages).</summary>
    public static void CheckNamed(string label, string path, string? missing) => Check(path, missing, label);

    /// <summary>Opens the store; what SQLite or the schema check refuses is reported as a problem with the option.</summary>
    public static RunStore Open(string path) => OpenNamed(Option, path);

    /// <summary>As <see cref="Open"/>, for a store named by <paramref name="label"/> in messages.</summary>
    public static RunStore OpenNamed(string label, string path)
    {
        try
        {
            return RunStore.Open(path);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException || OutputPaths.IsFileSystemError(e))
        {
            throw OutputPaths.Refusal(label, path, $"cannot use it as a run store ({OutputPaths.Reason(e)})");
        }
    }

    private static void Check(string path, string? missing, string label)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException($"{label}: give the name of the run store's file");
        try
        {
            if (Directory.Exists(path)) throw OutputPaths.Refusal(label, path, "is a folder; give the name of the run store's file");
            if (!File.Exists(path))
            {
                if (missing is not null) throw OutputPaths.Refusal(label, path, $"no such run store; {missing}");
                OutputPaths.RefuseAMissingFolder(label, path);
                return;
            }
            // SQLite makes an empty file into a database without losing anything, so an empty file may become a store.
            if (new FileInfo(path).Length == 0) return;
            if (!SqliteFile.Is(path))
                throw OutputPaths.Refusal(label, path, "not a run store (the file is not an SQLite database), so siege will not touch it; give an existing run store or a new file name");
            if (ForeignTables(path) is { } tables)
                throw OutputPaths.Refusal(label, path, $"an SQLite database but not a run store (it has {tables} and no {VersionTable} table), so siege will not touch it");
        }
        catch (Exception e) when (OutputPaths.IsFileSystemError(e) || e is SqliteException)
        {
            throw OutputPaths.Refusal(label, path, OutputPaths.Reason(e));
        }
    }

    /// <summary>The tables of a database that has some but not the run store's version table, or null.</summary>
    private static string? ForeignTables(string path)
    {
        var read = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(read);
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        using (var reader = query.ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));
        if (tables.Count == 0 || tables.Contains(VersionTable)) return null;
        return tables.Count == 1 ? $"the table {tables[0]}" : $"{tables.Count} tables ({string.Join(", ", tables.Take(3))}{(tables.Count > 3 ? ", …" : "")})";
    }
}
