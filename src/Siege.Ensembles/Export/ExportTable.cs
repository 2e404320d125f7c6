namespace Siege.Ensembles.Export;

public enum ColumnType
{
    Long,
    // Seeds run to 2^64 − 1, past what a signed 64-bit column holds.
    UnsignedLong,
    Double,
    Text,
    Boolean,
}

/// <summary>One column of an exported table: its name (snake_case, as pandas and R users expect), type and meaning.</summary>
public sealed record ExportColumn(string Name, ColumnType Type, string Description);

/// <summary>A tidy table streamed row by row; each row has one value per column, in column order (null for missing).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IEnumerable<object?[]> Rows);
