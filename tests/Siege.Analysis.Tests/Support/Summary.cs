using CsvHelper;

namespace Siege.Analysis.Tests.Support;

/// <summary>
/// cdb90_summary_from_patched.csv: one row per battle derived from the patched file by another hand (the project's
/// data notes), with the signed codes, the strengths as written and the first and last day of fighting.
/// </summary>
internal static class Summary
{
    public static readonly IReadOnlyDictionary<int, IReadOnlyDictionary<string, string>> Rows = Read();

    private static Dictionary<int, IReadOnlyDictionary<string, string>> Read()
    {
        using var stream = typeof(Summary).Assembly.GetManifestResourceStream("cdb90/cdb90_summary_from_patched.csv")!;
        using var csv = CsvReader.Create(new StreamReader(stream), new CsvReaderOptions { Separator = ',' });
        var rows = new Dictionary<int, IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var row = csv.Headers.ToDictionary(h => h, h => csv.GetString(h));
            rows[int.Parse(row["isqno"])] = row;
        }
        return rows;
    }
}
