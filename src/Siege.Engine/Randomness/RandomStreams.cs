namespace Siege.Engine.Randomness;

/// <summary>
/// Named, independent sub-streams derived from one run seed. Each part of the model draws from its own stream
/// (for example <c>combat/zhangjiashan</c>), so a change to one part does not shift the numbers another part sees:
/// this is what lets two variants of a scenario be compared on common random numbers.
/// </summary>
public sealed class RandomStreams(ulong seed)
{
    private readonly Dictionary<string, Xoshiro256StarStar> _streams = new(StringComparer.Ordinal);

    public ulong Seed { get; } = seed;

    /// <summary>The stream of that name, created on first use from the seed and a hash of the name.</summary>
    public Xoshiro256StarStar Get(string name)
    {
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = Create(Seed, StableHash.Fnv1a64(name));
            _streams.Add(name, stream);
        }
        return stream;
    }

    /// <summary>
    /// A stream from a name hashed in advance (<see cref="StableHash.Fnv1a64"/>): the same stream <see cref="Get"/>
    /// returns for that name, without hashing it again in every run. Not tracked by <see cref="TotalDraws"/>.
    /// </summary>
    public static Xoshiro256StarStar Create(ulong seed, ulong nameHash)
    {
        var mixed = seed ^ nameHash;
        return new Xoshiro256StarStar(Xoshiro256StarStar.SplitMix64(ref mixed));
    }

    /// <summary>Total draws over all streams, in name order.</summary>
    public long TotalDraws => _streams.Values.Sum(s => s.Draws);
}
