namespace Siege.Ensembles;

/// <summary>
/// The seeds first, first+1, …, first+count−1. SQLite integers are signed, so seeds are stored as their 64 bits read
/// as a signed number; a range that crosses 2^63 then becomes two signed intervals, listed in seed order.
/// </summary>
public readonly record struct SeedRange(ulong First, int Count)
{
    public ulong Last => First + (ulong)Count - 1;

    public static SeedRange Of(ulong first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > 0 && ulong.MaxValue - first < (ulong)(count - 1))
            throw new ArgumentOutOfRangeException(nameof(count), "the seed range runs past the largest 64-bit seed");
        return new SeedRange(first, count);
    }

    /// <summary>
    /// The <paramref name="part"/>-th (from 1) of <paramref name="parts"/> consecutive parts of the range, as equal as
    /// whole seeds allow (the first count mod parts parts have one seed more): the parts follow one another and
    /// together are the range, so shards run on several machines and merged are one ensemble.
    /// </summary>
    public SeedRange Shard(int part, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, parts);
        var (size, extra) = Math.DivRem(Count, parts);
        var before = (part - 1) * size + Math.Min(part - 1, extra);
        return new SeedRange(First + (ulong)before, size + (part <= extra ? 1 : 0));
    }

    internal static long ToStored(ulong seed) => unchecked((long)seed);

    internal static ulong FromStored(long stored) => unchecked((ulong)stored);

    /// <summary>The range as signed intervals [lo, hi] of stored seeds, in seed order; none when the range is empty.</summary>
    internal IEnumerable<(long Lo, long Hi)> StoredIntervals()
    {
        if (Count == 0) yield break;
        const ulong signBoundary = 1UL << 63;
        if (First < signBoundary && Last >= signBoundary)
        {
            yield return (ToStored(First), long.MaxValue);
            yield return (long.MinValue, ToStored(Last));
        }
        else
        {
            yield return (ToStored(First), ToStored(Last));
        }
    }
}
