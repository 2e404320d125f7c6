namespace Siege.Analysis.Sensitivity;

/// <summary>
/// The Sobol low-discrepancy sequence in up to <see cref="DirectionNumbers.MaxDimensions"/> dimensions, unscrambled,
/// from Joe and Kuo's direction numbers, in Antonov and Saleev's Gray-code order: point n+1 is point n with the
/// direction number of the lowest zero bit of n xor-ed in, so each point costs one xor a dimension. Point 0 is the
/// origin; the first 2^m points of every dimension take each of the values k/2^m once.
/// </summary>
public sealed class SobolSequence
{
    /// <summary>Bits of each coordinate: points 0 to 2^32 − 1 are distinct.</summary>
    private const int Bits = 32;

    private readonly uint[][] _directions;
    private readonly uint[] _state;
    private long _index;

    public SobolSequence(int dimensions)
    {
        if (dimensions < 1 || dimensions > DirectionNumbers.MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions,
                $"the Sobol sequence here has 1 to {DirectionNumbers.MaxDimensions} dimensions");
        Dimensions = dimensions;
        _directions = new uint[dimensions][];
        _directions[0] = VanDerCorput();
        for (var d = 1; d < dimensions; d++) _directions[d] = Directions(DirectionNumbers.Table[d - 1]);
        _state = new uint[dimensions];
    }

    public int Dimensions { get; }

    /// <summary>The next point, starting from point 0 (the origin), each coordinate in [0, 1).</summary>
    public double[] Next()
    {
        var point = new double[Dimensions];
        if (_index > 0)
        {
            // The lowest zero bit of n − 1 picks the direction number that turns point n − 1 into point n.
            var bit = System.Numerics.BitOperations.TrailingZeroCount(~(ulong)(_index - 1));
            if (bit >= Bits) throw new InvalidOperationException($"the sequence has only 2^{Bits} points");
            for (var d = 0; d < Dimensions; d++) _state[d] ^= _directions[d][bit];
        }
        for (var d = 0; d < Dimensions; d++) point[d] = _state[d] / 4294967296.0;
        _index++;
        return point;
    }

    /// <summary>The first <paramref name="count"/> points.</summary>
    public static double[][] Points(int count, int dimensions)
    {
        var sequence = new SobolSequence(dimensions);
        return Enumerable.Range(0, count).Select(_ => sequence.Next()).ToArray();
    }

    /// <summary>The first dimension: v_k = 2^−k, the van der Corput sequence in base 2.</summary>
    private static uint[] VanDerCorput() => Enumerable.Range(0, Bits).Select(k => 1u << (Bits - 1 - k)).ToArray();

    /// <summary>
    /// The direction numbers v_k = m_k / 2^k of one dimension, as 32-bit fractions: m_1 … m_s from the table, the
    /// rest by the recurrence of the primitive polynomial x^s + a_1 x^(s−1) + … + a_(s−1) x + 1:
    /// m_k = 2 a_1 m_(k−1) ⊕ 2² a_2 m_(k−2) ⊕ … ⊕ 2^s m_(k−s) ⊕ m_(k−s).
    /// </summary>
    private static uint[] Directions(DirectionNumbers row)
    {
        var s = row.Degree;
        var v = new uint[Bits];
        for (var k = 0; k < Math.Min(s, Bits); k++) v[k] = row.Initial[k] << (Bits - 1 - k);
        for (var k = s; k < Bits; k++)
        {
            // In fractions of 2^32 the recurrence reads v_k = v_(k−s) ⊕ (v_(k−s) >> s) ⊕ the a_j v_(k−j) terms.
            var next = v[k - s] ^ (v[k - s] >> s);
            for (var j = 1; j < s; j++)
                if (((row.Coefficients >> (s - 1 - j)) & 1) == 1)
                    next ^= v[k - j];
            v[k] = next;
        }
        return v;
    }
}
