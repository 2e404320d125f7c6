using System.Collections.Immutable;
using Siege.Engine.Results;

namespace Siege.Ensembles.Storage;

/// <summary>
/// A run's daily snapshots (each side's strength and ammunition, day by day) as one blob in <c>run_details.daily</c>.
/// One blob per run instead of one row per snapshot makes writing a run a single insert, and its varints keep the
/// store smaller than the rows were.
/// </summary>
/// <remarks>
/// Layout, version 1 (varints as in <see cref="BlobWriter"/>):
/// <code>
/// byte    1 (the layout version)
/// varint  n, the number of snapshots
/// varint  s, the number of defender stocks in each snapshot (the scenario's defender supplies, in its order)
/// then 9 + s columns of n values each, in this order:
///   day, defender_combatants, defender_reserve, attacker_infantry, attacker_blocking, attacker_shells,
///   defender_stocks[0], …, defender_stocks[s−1], positions_held, offensive (1 or 0):
///     each value as a signed varint of its difference from the value before it in the column (the first from 0);
///   defender_firepower: each value's IEEE 754 binary64 bit pattern XOR the one before it (the first XOR 0), as an
///     unsigned varint, so a repeated value takes one byte and every value reads back exactly.
/// </code>
/// </remarks>
public static class DailySeriesBlob
{
    private const byte LayoutVersion = 1;

    public static byte[] Encode(IReadOnlyList<DailySnapshot> days)
    {
        var stocks = days.Count == 0 ? 0 : days[0].DefenderStocks.Length;
        var blob = BlobWriter.ForThisThread();
        blob.Byte(LayoutVersion);
        blob.Unsigned((ulong)days.Count);
        blob.Unsigned((ulong)stocks);
        Column(blob, days, d => d.Day);
        Column(blob, days, d => d.DefenderCombatants);
        Column(blob, days, d => d.DefenderReserve);
        Column(blob, days, d => d.AttackerInfantry);
        Column(blob, days, d => d.AttackerBlocking);
        Column(blob, days, d => d.AttackerShells);
        for (var s = 0; s < stocks; s++)
        {
            long previous = 0;
            foreach (var d in days)
            {
                if (d.DefenderStocks.Length != stocks) throw new ArgumentException("every snapshot of a run has the same defender stocks", nameof(days));
                blob.Signed(d.DefenderStocks[s] - previous);
                previous = d.DefenderStocks[s];
            }
        }
        Column(blob, days, d => d.PositionsHeldByDefender);
        Column(blob, days, d => d.OffensiveActive ? 1 : 0);
        ulong previousBits = 0;
        foreach (var d in days)
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(d.DefenderFirepower);
            blob.Unsigned(bits ^ previousBits);
            previousBits = bits;
        }
        return blob.ToArray();
    }

    public static DayRow[] Decode(ReadOnlySpan<byte> bytes)
    {
        var blob = new BlobReader(bytes);
        if (blob.Byte() != LayoutVersion) throw BlobReader.Corrupt();
        var n = blob.Count();
        var stockCount = blob.Count();
        // Every value takes at least a byte, which bounds the counts before anything is allocated.
        if ((long)n * (9 + stockCount) > bytes.Length) throw BlobReader.Corrupt();
        var day = Column(ref blob, n);
        var combatants = Column(ref blob, n);
        var reserve = Column(ref blob, n);
        var infantry = Column(ref blob, n);
        var blocking = Column(ref blob, n);
        var shells = Column(ref blob, n);
        var stocks = new long[stockCount][];
        for (var s = 0; s < stockCount; s++) stocks[s] = Column(ref blob, n);
        var held = Column(ref blob, n);
        var offensive = Column(ref blob, n);
        var firepower = new double[n];
        ulong bits = 0;
        for (var i = 0; i < n; i++)
        {
            bits ^= blob.Unsigned();
            firepower[i] = BitConverter.Int64BitsToDouble((long)bits);
        }
        if (!blob.AtEnd) throw BlobReader.Corrupt();

        var rows = new DayRow[n];
        for (var i = 0; i < n; i++)
        {
            var daily = new long[stockCount];
            for (var s = 0; s < stockCount; s++) daily[s] = stocks[s][i];
            rows[i] = new DayRow(i, (int)day[i], (int)combatants[i], (int)reserve[i], (int)infantry[i], (int)blocking[i],
                shells[i], firepower[i], ImmutableArray.Create(daily), (int)held[i], offensive[i] != 0);
        }
        return rows;
    }

    private static void Column(BlobWriter blob, IReadOnlyList<DailySnapshot> days, Func<DailySnapshot, long> value)
    {
        long previous = 0;
        foreach (var d in days)
        {
            var v = value(d);
            blob.Signed(v - previous);
            previous = v;
        }
    }

    private static long[] Column(ref BlobReader blob, int n)
    {
        var values = new long[n];
        long previous = 0;
        for (var i = 0; i < n; i++) values[i] = previous += blob.Signed();
        return values;
    }
}
