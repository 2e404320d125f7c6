using CsCheck;

namespace Siege.Ensembles.Tests;

public sealed class CountingHistogramTests
{
    private static CountingHistogram Of(params int[] values)
    {
        var h = new CountingHistogram();
        foreach (var v in values) h.Add(v);
        return h;
    }

    [Fact]
    public void Ten_values_give_the_first_fifth_and_ninth_in_order()
    {
        // Sorted: 1..10. Ranks ⌈0.1·10⌉ = 1, ⌈0.5·10⌉ = 5, ⌈0.9·10⌉ = 9.
        Assert.Equal([1, 5, 9], Of(5, 1, 3, 2, 4, 10, 7, 6, 9, 8).Percentiles(10, 50, 90)!);
    }

    [Fact]
    public void Seven_values_round_the_rank_up()
    {
        // Ranks ⌈0.7⌉ = 1, ⌈3.5⌉ = 4, ⌈6.3⌉ = 7 of 10, 20, …, 70.
        Assert.Equal([10, 40, 70], Of(70, 60, 50, 40, 30, 20, 10).Percentiles(10, 50, 90)!);
    }

    [Fact]
    public void Even_count_median_is_the_lower_middle_value_and_repeats_count()
    {
        Assert.Equal(2, Of(1, 2, 3, 4).Percentile(50));
        // {2, 2, 2, 9}: rank 2 is a 2; rank ⌈3.6⌉ = 4 is the 9.
        Assert.Equal([2, 2, 9], Of(9, 2, 2, 2).Percentiles(10, 50, 90)!);
    }

    [Fact]
    public void Sum_and_count_are_exact_and_an_empty_histogram_has_no_percentiles()
    {
        var h = Of(1128, 1100, 1090);
        Assert.Equal(3, h.Count);
        Assert.Equal(3318, h.Sum);
        Assert.Null(new CountingHistogram().Percentiles(50));
    }

    [Fact]
    public void Percentiles_match_nearest_rank_on_the_sorted_values_whatever_the_order()
    {
        FixedSeedProperty.Check(Gen.Int[0, 50].Array[1, 200].Select(Gen.Int[0, 100]), c =>
        {
            var (values, p) = c;
            var sorted = values.Order().ToArray();
            var rank = (int)Math.Ceiling(p * values.Length / 100.0 - 1e-12);
            var expected = sorted[Math.Max(1, rank) - 1];
            Assert.Equal(expected, Of(values).Percentile(p));
            Assert.Equal(expected, Of([.. values.Reverse()]).Percentile(p));
        }, cases: 100, seed: 46, print: c => $"values [{string.Join(", ", c.Item1)}], p {c.Item2}");
    }
    [Fact]
    public void Binned_counts_each_value_in_the_bin_that_starts_at_or_below_it()
    {
        // Bins of 12 from 1,080: [1080, 1092) holds 1,080, 1,090 and 1,091; [1092, 1104) holds 1,100; [1104, 1116)
        // is empty; [1116, 1128) holds nothing either, since 1,128 starts the next bin, which is not asked for.
        var h = Of(1090, 1080, 1100, 1091, 1128);
        Assert.Equal([3L, 1L, 0L, 0L], h.Binned(1080, 12, 4));
        Assert.Equal([3L, 1L, 0L, 0L, 1L], h.Binned(1080, 12, 5));
        Assert.Equal((1080, 1128), (h.Min, h.Max));
    }

    [Fact]
    public void An_empty_histogram_has_no_least_or_greatest_value()
    {
        Assert.Null(new CountingHistogram().Min);
        Assert.Null(new CountingHistogram().Max);
    }
}
