using Siege.Analysis.Sensitivity;

namespace Siege.Analysis.Tests.Sensitivity;

public sealed class DirectionNumbersTests
{
    [Fact]
    public void The_table_has_dimensions_2_to_401_in_order()
    {
        Assert.Equal(Enumerable.Range(2, DirectionNumbers.MaxDimensions - 1), DirectionNumbers.Table.Select(r => r.Dimension));
    }

    [Fact]
    public void Its_first_rows_are_those_of_the_source()
    {
        // new-joe-kuo-6.21201: "2 1 0 1", "3 2 1 1 3", "10 5 7 1 1 7 11 19".
        Assert.Equal("1 0 1", Row(2));
        Assert.Equal("2 1 1 3", Row(3));
        Assert.Equal("5 7 1 1 7 11 19", Row(10));
    }

    [Fact]
    public void Every_initial_number_is_odd_and_below_two_to_its_index()
    {
        foreach (var row in DirectionNumbers.Table)
            for (var k = 1; k <= row.Degree; k++)
            {
                var m = row.Initial[k - 1];
                Assert.True(m % 2 == 1 && m < 1u << k, $"dimension {row.Dimension}: m_{k} = {m}");
            }
    }

    [Fact]
    public void Every_polynomial_is_primitive_and_none_repeats()
    {
        // A polynomial of degree s over GF(2) is primitive when x has order 2^s − 1 modulo it: x^(2^s − 1) = 1 and
        // x^((2^s − 1)/q) ≠ 1 for each prime q dividing 2^s − 1. Joe and Kuo list each primitive polynomial once.
        foreach (var row in DirectionNumbers.Table)
        {
            var polynomial = (1u << row.Degree) | (row.Coefficients << 1) | 1u;
            var order = (1u << row.Degree) - 1;
            Assert.True(PowerOfX(order, polynomial, row.Degree) == 1, $"dimension {row.Dimension}: x^{order} ≠ 1");
            foreach (var q in PrimeFactors(order))
                Assert.True(PowerOfX(order / q, polynomial, row.Degree) != 1, $"dimension {row.Dimension}: x^{order / q} = 1");
        }
        Assert.Equal(DirectionNumbers.Table.Count, DirectionNumbers.Table.Select(r => (r.Degree, r.Coefficients)).Distinct().Count());
    }

    private static string Row(int dimension)
    {
        var row = DirectionNumbers.Table[dimension - 2];
        return $"{row.Degree} {row.Coefficients} {string.Join(' ', row.Initial)}";
    }

    /// <summary>x^e modulo the polynomial, as a bit set of coefficients.</summary>
    private static uint PowerOfX(uint e, uint polynomial, int degree)
    {
        uint result = 1, square = Reduce(2, polynomial, degree);
        for (; e > 0; e >>= 1)
        {
            if ((e & 1) == 1) result = Multiply(result, square, polynomial, degree);
            square = Multiply(square, square, polynomial, degree);
        }
        return result;
    }

    private static uint Multiply(uint a, uint b, uint polynomial, int degree)
    {
        ulong product = 0;
        for (var i = 0; i < 32; i++)
            if (((b >> i) & 1) == 1) product ^= (ulong)a << i;
        for (var i = 63; i >= degree; i--)
            if (((product >> i) & 1) == 1) product ^= (ulong)polynomial << (i - degree);
        return (uint)product;
    }

    private static uint Reduce(uint a, uint polynomial, int degree) => Multiply(a, 1, polynomial, degree);

    private static IEnumerable<uint> PrimeFactors(uint n)
    {
        for (uint q = 2; q * q <= n; q++)
        {
            if (n % q != 0) continue;
            yield return q;
            while (n % q == 0) n /= q;
        }
        if (n > 1) yield return n;
    }
}
