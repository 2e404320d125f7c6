using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;

namespace Siege.Analysis.Battles;

/// <summary>Turns the CAA's columns and sentinel codes (CDB90DEF) into <see cref="Battle"/> records.</summary>
internal static class Cdb90Reader
{
    // The patched file has room for ten active periods per battle.
    private const int MaxActivePeriods = 10;
    private const int MaxFrontWidths = 3;

    // Both files are plain RFC 4180 with a header; the separator is fixed rather than sniffed.
    private static readonly CsvReaderOptions Options = new() { Separator = ',' };

    public static ImmutableArray<Battle> Read(TextReader patched, TextReader revision)
    {
        var parents = ReadParents(revision);
        var battles = new List<Battle>();
        using var csv = CsvReader.Create(patched, Options);
        while (csv.Read())
        {
            var row = new Row(csv);
            battles.Add(ReadBattle(row, parents.GetValueOrDefault(row.Int("ISQNO"))));
        }
        return [.. battles.OrderBy(b => b.Id)];
    }

    private static Dictionary<int, int?> ReadParents(TextReader revision)
    {
        var parents = new Dictionary<int, int?>();
        using var csv = CsvReader.Create(revision, Options);
        while (csv.Read())
        {
            var row = new Row(csv);
            parents[row.Int("isqno")] = row.Text("parent") is { Length: > 0 } p ? int.Parse(p, CultureInfo.InvariantCulture) : null;
        }
        return parents;
    }

    private static Battle ReadBattle(Row r, int? parent)
    {
        var id = r.Int("ISQNO");
        var periods = ReadActivePeriods(r, id);
        var start = periods.Min(p => p.BeginDay);
        var end = periods.Max(p => p.EndDay);
        var secondary = Codes.Posture(r.Text("POST2"), id);
        return new Battle(
            id,
            r.Text("NAME"),
            r.Text("WAR"),
            r.Text("LOCN"),
            r.Text("CAMPGN"),
            start,
            end,
            end.DayNumber - start.DayNumber + 1,
            periods,
            ReadSide(r, 'A', "NAMA", "COA"),
            ReadSide(r, 'D', "NAMD", "COD"),
            Codes.Posture(r.Text("POST1"), id),
            secondary == DefenderPosture.Unknown ? null : secondary,
            Codes.PostureMix(r.Int("POSTYPE"), id),
            ReadDescriptions(r, ["TERRA1", "TERRA2"], "000", Codes.Terrain),
            ReadDescriptions(r, ["WX1", "WX2", "WX3"], "00000", Codes.Weather),
            ReadFrontWidths(r),
            Codes.Outcome(r.Int("WINA"), id),
            r.Int("SURPA") is var surprise and not 9 ? surprise : null,
            r.Int("AEROA") is var air and not 9 ? air : null,
            r.Int("CEA") is var cea and not -9 ? cea : null,
            r.Int("FORTSA") is var forts and not -9 ? forts : null,
            r.Number("KMDA") is var km and not -9999 ? km : null,
            parent);
    }

    private static Belligerent ReadSide(Row r, char side, string nameColumn, string commanderColumn)
    {
        int? Known(string column) => r.Int(column) is var v and >= 0 ? v : null;
        var total = Known($"STR{side}");
        var code = r.Int($"CODE{side}");
        // Code 1 says the total is the initial strength; an explicit INTST still wins where the two disagree.
        var initial = Known($"INTST{side}") ?? (code == 1 ? total : null);
        return new Belligerent(
            r.Text(nameColumn),
            r.Text(commanderColumn),
            initial,
            code == 2 ? total : null,
            code == 3 ? total : null,
            Known($"RERP{side}"),
            Known($"CAS{side}"),
            Known($"FINST{side}"),
            Known($"TANK{side}"),
            Known($"ARTY{side}"));
    }

    private static ImmutableArray<ActivePeriod> ReadActivePeriods(Row r, int id)
    {
        var periods = ImmutableArray.CreateBuilder<ActivePeriod>();
        // NOATP undercounts for some battles (Chancellorsville has 5 periods filled in and NOATP 3, the Somme 2 and 1),
        // so every filled-in period is read.
        for (var i = 1; i <= MaxActivePeriods; i++)
        {
            if (!r.Has($"ATPBYR{i}")) continue;
            var begin = Codes.Day(r.Int($"ATPBYR{i}"), r.Int($"ATPBMN{i}"), r.Int($"ATPBDA{i}"))
                ?? throw Codes.Bad(id, $"active period {i} has no start day");
            var end = Codes.Day(r.Int($"ATPEYR{i}"), r.Int($"ATPEMN{i}"), r.Int($"ATPEDA{i}"))
                ?? throw Codes.Bad(id, $"active period {i} has no end day");
            if (end < begin) throw Codes.Bad(id, $"active period {i} ends before it begins");
            periods.Add(Codes.Period(begin, r.Int($"ATPBHR{i}"), end, r.Int($"ATPEHR{i}")));
        }
        if (periods.Count == 0) throw Codes.Bad(id, "no active period");
        return periods.ToImmutable();
    }

    private static ImmutableArray<FrontWidth> ReadFrontWidths(Row r)
    {
        var widths = ImmutableArray.CreateBuilder<FrontWidth>();
        for (var i = 1; i <= MaxFrontWidths; i++)
        {
            double? attacker = r.Number($"WOFA{i}") is var a and >= 0 ? a : null;
            double? defender = r.Number($"WOFD{i}") is var d and >= 0 ? d : null;
            if (attacker is null && defender is null) continue;
            var from = Codes.Day(r.Int($"YR{i}"), r.Int($"MO{i}"), r.Int($"DA{i}"));
            widths.Add(new FrontWidth(attacker, defender, from, Codes.Clock(r.Int($"HR{i}"))));
        }
        return widths.ToImmutable();
    }

    private static ImmutableArray<T> ReadDescriptions<T>(Row r, string[] columns, string none, Func<string, T> parse)
    {
        // The primary description is kept even when it is all "not available"; later ones only when given.
        var items = ImmutableArray.CreateBuilder<T>();
        for (var i = 0; i < columns.Length; i++)
        {
            var code = r.Text(columns[i]);
            if (i == 0 || code != none) items.Add(parse(code));
        }
        return items.ToImmutable();
    }

    /// <summary>A row of a CSV file read by column name, failing loudly on a value of the wrong kind.</summary>
    private readonly struct Row(CsvReader csv)
    {
        public string Text(string column) => csv.GetString(column);

        public bool Has(string column) => Text(column).Length > 0;

        public int Int(string column) =>
            int.TryParse(Text(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new FormatException($"CDB90 row {csv.RowNumber}: {column} = '{Text(column)}' is not an integer");

        public double Number(string column) =>
            double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new FormatException($"CDB90 row {csv.RowNumber}: {column} = '{Text(column)}' is not a number");
    }
}
