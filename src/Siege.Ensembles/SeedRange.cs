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
