using System.Numerics;

namespace Siege.Engine.Simulation;

/// <summary>
/// A set of position indices kept as bits, enumerated in ascending order: the order in which a loop over every
/// position would have met them, so draws from a shared stream happen in the same order. A run uses these sets to
/// visit only the few positions where something is going on (an assault, a counter-attack, damaged works) instead
/// of all of them every hour.
/// </summary>
internal sealed class PositionSet(int capacity)
{
    private readonly ulong[] _words = new ulong[(capacity + 63) >> 6];

    public void Add(int i) => _words[i >> 6] |= 1UL << i;

    public void Remove(int i) => _words[i >> 6] &= ~(1UL << i);

    public void Clear() => Array.Clear(_words);

    /// <summary>
    /// Enumerates the members in ascending order. Each 64-bit word is read once, when the enumeration reaches it, so
    /// removing the current member is safe, and a change to a word already reached is not seen.
    /// </summary>
    public Enumerator GetEnumerator() => new(_words);

    public struct Enumerator(ulong[] words)
    {
        private int _word = -1;
        private ulong _bits;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (++_word >= words.Length) return false;
                _bits = words[_word];
            }
            Current = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }
}
