using System.Security.Cryptography;

namespace Siege.Cli.Tests.Safety;

/// <summary>
/// A folder with a small real run store (3 runs of the embedded scenario, seeds 1–3) and the things a typo can name
/// instead of the right output: another SQLite file, a plain file, a subfolder. Shared by the tests of one class.
/// </summary>
public sealed class SmallStore : IDisposable
{
    public const int Runs = 3;

    public SmallStore()
    {
        Folder = Directory.CreateTempSubdirectory("siege-safety-").FullName;
        var made = CliRunner.Run("ensemble", "--runs", Runs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", Store, "--format", "json");
        if (made.ExitCode != 0) throw new InvalidOperationException(made.Error);
        File.Copy(Store, OtherDatabase);
        File.WriteAllText(TextFile, "notes that must survive\n");
        Directory.CreateDirectory(Subfolder);
    }

    public string Folder { get; }

    public string Store => In("runs.db");

    /// <summary>A second run store, standing for any SQLite database that is not the one in use.</summary>
    public string OtherDatabase => In("other.db");

    public string TextFile => In("notes.txt");

    public string Subfolder => In("sub");

    public string In(string name) => Path.Combine(Folder, name);

    /// <summary>SHA-256 of a file's bytes, to show it was not touched.</summary>
    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
