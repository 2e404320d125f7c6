using System.Collections.Immutable;
using Siege.Scenarios.Sensitivity;

namespace Siege.Scenarios.Tests.Sensitivity;

public sealed class SensitivityPointTests
{
    private static RangedFigure Figure(double value, double low, double high, bool whole = false) =>
        new("combat.x", value, low, high, ImmutableArray.Create("GUESS"), "doctrine.yaml", 1, Whole: whole);

    [Fact]
    public void The_ends_of_the_unit_range_are_the_ends_of_the_figure_exactly()
    {
        // 0.03 + 1 × 0.27 is 0.30000000000000004 in floating point: the loader would find it outside [0.03, 0.3].
        var share = Figure(0.1, 0.03, 0.3);
        Assert.Equal(0.3, SensitivityPoint.ValueAt(share, 1));
        Assert.Equal(0.03, SensitivityPoint.ValueAt(share, 0));
    }

    [Fact]
    public void A_whole_figure_is_rounded_inside_its_range()
    {
        var men = Figure(1500, 1200, 2000, whole: true);
        Assert.Equal(1467, SensitivityPoint.ValueAt(men, 1.0 / 3));
        Assert.Equal(2000, SensitivityPoint.ValueAt(men, 1));
        Assert.Equal(1.0 / 3, SensitivityPoint.UnitOf(Figure(0.5, 0, 1.5), 0.5), 12);
    }
}
