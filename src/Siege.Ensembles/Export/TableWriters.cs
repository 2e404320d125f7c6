using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace Siege.Ensembles.Export;

/// <summary>
/// Writes an export table as CSV (RFC 4180, invariant culture) or Parquet (Parquet.Net, row groups of 50,000), through
/// <see cref="AtomicFile"/>: a write that fails leaves the file that was there before.
/// </summary>
public static class TableWriters
{
    private const int RowGroupSize = 50_000;

    /// <summary>Writes the table and returns the number of rows written.</summary>
    public static long WriteCsv(ExportTable table, string path)
    {
        long rows = 0;
        AtomicFile.Write(path, stream => rows = WriteCsv(table, stream));
        return rows;
    }

    public static async Task<long> WriteParquetAsync(ExportTable table, string path)
    {
        long rows = 0;
        await AtomicFile.WriteAsync(path, async stream => rows = await WriteParquetAsync(table, stream));
        return rows;
    }

    private static long WriteCsv(ExportTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(string.Join(',', table.Columns.Select(c => c.Name)));
        writer.Write("\r\n");
        long rows = 0;
        foreach (var row in table.Rows)
        {
            writer.Write(string.Join(',', row.Select(v => Quote(Format(v)))));
            writer.Write("\r\n");
            rows++;
        }
        return rows;
    }

    private static async Task<long> WriteParquetAsync(ExportTable table, Stream stream)
    {
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        long rows = 0;
        foreach (var chunk in table.Rows.Chunk(RowGroupSize))
        {
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                var field = fields[c];
                switch (table.Columns[c].Type)
                {
                    case ColumnType.Long: await group.WriteAsync<long>(field, chunk.Select(r => (long?)r[c]).ToArray()); break;
                    case ColumnType.UnsignedLong: await group.WriteAsync<ulong>(field, chunk.Select(r => (ulong?)r[c]).ToArray()); break;
                    case ColumnType.Double: await group.WriteAsync<double>(field, chunk.Select(r => (double?)r[c]).ToArray()); break;
                    case ColumnType.Boolean: await group.WriteAsync<bool>(field, chunk.Select(r => (bool?)r[c]).ToArray()); break;
                    default: await group.WriteAsync(field, chunk.Select(r => (string)(r[c] ?? "")).ToArray()); break;
                }
            }
            rows += chunk.Length;
        }
        return rows;
    }

    private static DataField Field(ExportColumn column) => column.Type switch
    {
        ColumnType.Long => new DataField<long?>(column.Name),
        ColumnType.UnsignedLong => new DataField<ulong?>(column.Name),
        ColumnType.Double => new DataField<double?>(column.Name),
        ColumnType.Boolean => new DataField<bool?>(column.Name),
        _ => new DataField<string>(column.Name),
    };

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
