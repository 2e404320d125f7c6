using System.Text;
using Siege.Engine.Results;

namespace Siege.Ensembles.Storage;

/// <summary>
/// The positions a run lost at least once, as one blob in <c>run_details.position_falls</c> (about 45 a Hengyang
/// run: one blob instead of as many rows).
/// </summary>
/// <remarks>
/// Layout, version 1 (varints as in <see cref="BlobWriter"/>):
/// <code>
/// byte    1 (the layout version)
/// varint  m, the number of positions
/// m times, in the ordinal order of the position ids:
///   varint  length in bytes of the position id, then the id in UTF-8
///   varint  first_lost_hour
///   varint  lost_at_hour + 1, or 0 when it is null (the defender retook the position and held it at the end)
///   varint  changes (how many times it changed hands)
/// </code>
/// </remarks>
public static class PositionFallsBlob
{
    private const byte LayoutVersion = 1;

    /// <summary>Encodes the positions of <paramref name="positions"/> that were lost at least once; the others are left out.</summary>
    public static byte[] Encode(IReadOnlyList<PositionOutcome> positions)
    {
        var lost = new List<PositionOutcome>(positions.Count);
        foreach (var p in positions) if (p.FirstLostHour is not null) lost.Add(p);
        lost.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var blob = BlobWriter.ForThisThread();
        blob.Byte(LayoutVersion);
        blob.Unsigned((ulong)lost.Count);
        Span<byte> id = stackalloc byte[256];
        foreach (var p in lost)
        {
            var length = Encoding.UTF8.GetByteCount(p.Id);
            var utf8 = length <= id.Length ? id[..length] : new byte[length];
            Encoding.UTF8.GetBytes(p.Id, utf8);
            blob.Unsigned((ulong)length);
            blob.Bytes(utf8);
            blob.Unsigned(Hour(p.FirstLostHour!.Value));
            blob.Unsigned(p.LostAtHour is { } lostAt ? Hour(lostAt) + 1 : 0);
            blob.Unsigned(Hour(p.Changes));
        }
        return blob.ToArray();
    }

    /// <summary>The positions in the blob of the run of <paramref name="seed"/>, in the ordinal order of their ids.</summary>
    /// <param name="seed">The run's seed, for the rows.</param>
    /// <param name="bytes">The blob.</param>
    /// <param name="ids">
    /// Ids already seen, shared by the runs of one read: every run names the same few dozen positions, and reading
    /// 100,000 runs would otherwise make millions of copies of the same strings.
    /// </param>
    public static PositionFallRow[] Decode(ulong seed, ReadOnlySpan<byte> bytes, PositionIds? ids = null)
    {
        var blob = new BlobReader(bytes);
        if (blob.Byte() != LayoutVersion) throw BlobReader.Corrupt();
        var m = blob.Count();
        if ((long)m * 4 > bytes.Length) throw BlobReader.Corrupt();
        var falls = new PositionFallRow[m];
        for (var i = 0; i < m; i++)
        {
            var utf8 = blob.Bytes(blob.Count());
            var id = ids is null ? Encoding.UTF8.GetString(utf8) : ids.Get(utf8);
            var first = blob.Count();
            var lostAt = blob.Unsigned();
            var changes = blob.Count();
            if (lostAt > (ulong)int.MaxValue + 1) throw BlobReader.Corrupt();
            falls[i] = new PositionFallRow(seed, id, lostAt == 0 ? null : (int)(lostAt - 1), first, changes);
        }
        if (!blob.AtEnd) throw BlobReader.Corrupt();
        return falls;
    }

    private static ulong Hour(int value) =>
        value >= 0 ? (ulong)value : throw new ArgumentOutOfRangeException(nameof(value), value, "hours and counts are never negative");
}


/// <summary>Position ids decoded from UTF-8, each made into a string once and then looked up by its characters.</summary>
public sealed class PositionIds
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[128];
        var chars = utf8.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)] : Encoding.UTF8.GetString(utf8).AsSpan();
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var id)) return id;
        id = chars.ToString();
        _ids.Add(id, id);
        return id;
    }
}
