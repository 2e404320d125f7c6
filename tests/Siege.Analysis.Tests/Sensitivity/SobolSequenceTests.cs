using Siege.Analysis.Sensitivity;

namespace Siege.Analysis.Tests.Sensitivity;

public sealed class SobolSequenceTests
{
    [Fact]
    public void The_first_points_in_two_dimensions_are_the_published_ones()
    {
        // The unscrambled two-dimensional Sobol sequence as published with Joe and Kuo's direction numbers (and as
        // scipy.stats.qmc.Sobol(d=2, scramble=False) prints it); by hand: dimension 1 has v = 1/2, 1/4, 1/8, …,
        // dimension 2 (s = 1, m_1 = 1) has v = 1/2, 3/4, 5/8, …, and point n xors in v_k for each bit k of n ^ (n >> 1).
        double[][] expected =
        [
            [0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75],
            [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625],
        ];
        Assert.Equal(expected, SobolSequence.Points(8, 2));
    }

    [Fact]
    public void Dimension_three_follows_its_polynomial()
    {
        // Dimension 3: s = 2, a = 1 (x² + x + 1), m = 1, 3, so m_3 = 2·m_2 ⊕ 4·m_1 ⊕ m_1 = 6 ⊕ 4 ⊕ 1 = 3: v = 1/2, 3/4, 3/8.
        // Points 1 to 4 xor in v_1, then v_2, then v_1, then v_3: 1/2, 1/4, 3/4, then 3/4 ⊕ 3/8 = 5/8.
        var third = SobolSequence.Points(5, 3).Select(p => p[2]).ToArray();
        Assert.Equal([0, 0.5, 0.25, 0.75, 0.625], third);
    }

    [Fact]
    public void Every_dimension_of_the_first_1024_points_takes_each_of_1024_strata_once()
    {
        // A Sobol sequence is a (0, m, 1)-net in each coordinate: a wrong direction number (even, or too large) breaks it.
        var points = SobolSequence.Points(1024, DirectionNumbers.MaxDimensions);
        for (var d = 0; d < DirectionNumbers.MaxDimensions; d++)
        {
            var strata = points.Select(p => (int)(p[d] * 1024)).Distinct().Count();
            Assert.True(strata == 1024, $"dimension {d + 1}: {strata} of 1024 strata");
        }
    }

    [Fact]
    public void Pairs_of_the_first_dimensions_fill_every_square_of_a_16_by_16_grid()
    {
        // The first two dimensions are a (0, m, 2)-net: 256 points, one in each square of side 1/16.
        var points = SobolSequence.Points(256, 2);
        Assert.Equal(256, points.Select(p => ((int)(p[0] * 16), (int)(p[1] * 16))).Distinct().Count());
    }

    [Fact]
    public void Asks_for_dimensions_the_table_has()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(DirectionNumbers.MaxDimensions + 1));
    }
}
