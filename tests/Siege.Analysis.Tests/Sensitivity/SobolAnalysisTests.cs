using Siege.Analysis.Sensitivity;

namespace Siege.Analysis.Tests.Sensitivity;

public sealed class SobolAnalysisTests
{
    private const int Samples = 1 << 12;

    [Fact]
    public void Ishigami_indices_match_the_closed_form()
    {
        // Ishigami and Homma (1990), a = 7, b = 0.1: the partial variances in closed form (Sobol' and Levitan 1999)
        // V1 = bπ⁴/5 + b²π⁸/50 + 1/2, V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225, and V = V1 + V2 + V13; they give the published
        // S1 = 0.3139, 0.4424, 0 and ST = 0.5576, 0.4424, 0.2437.
        var (a, b, pi4) = (7.0, 0.1, Math.Pow(Math.PI, 4));
        var (v1, v2, v13) = (b * pi4 / 5 + b * b * pi4 * pi4 / 50 + 0.5, a * a / 8, 8 * b * b * pi4 * pi4 / 225);
        var v = v1 + v2 + v13;
        double[] s1 = [v1 / v, v2 / v, 0], st = [(v1 + v13) / v, v2 / v, v13 / v];
        Assert.Equal([0.3139, 0.4424, 0], s1.Select(x => Math.Round(x, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], st.Select(x => Math.Round(x, 4)));

        var indices = Measure(TestFunctions.Ishigami());

        AssertClose(s1, st, indices, tolerance: 0.02);
    }

    [Fact]
    public void Sobol_G_indices_match_the_closed_form()
    {
        // Sobol's G function: each input's own variance is V_i = 1 / (3 (1 + a_i)²), V = Π(1 + V_i) − 1,
        // S1_i = V_i / V and ST_i = V_i Π_{j≠i} (1 + V_j) / V (Saltelli and Sobol' 1995), computed here from a.
        var a = TestFunctions.SobolGCoefficients;
        var vi = a.Select(x => 1 / (3 * (1 + x) * (1 + x))).ToArray();
        var v = vi.Aggregate(1.0, (p, x) => p * (1 + x)) - 1;
        var s1 = vi.Select(x => x / v).ToArray();
        var st = vi.Select((x, i) => x * vi.Where((_, j) => j != i).Aggregate(1.0, (p, y) => p * (1 + y)) / v).ToArray();

        var indices = Measure(TestFunctions.SobolG());

        AssertClose(s1, st, indices, tolerance: 0.02);
    }

    [Fact]
    public void The_intervals_hold_the_estimate_and_narrow_with_more_samples()
    {
        var small = Measure(TestFunctions.Ishigami(), 1 << 8);
        var large = Measure(TestFunctions.Ishigami(), 1 << 12);
        foreach (var index in small.Concat(large))
        {
            Assert.InRange(index.First.Value, index.First.Low, index.First.High);
            Assert.InRange(index.Total.Value, index.Total.Low, index.Total.High);
        }
        Assert.True(Width(large[0].First) < Width(small[0].First) / 2, $"{Width(large[0].First)} vs {Width(small[0].First)}");
    }

    [Fact]
    public void Points_the_model_could_not_evaluate_leave_the_indices_nearly_unchanged()
    {
        // Ishigami with one point in 64 lost (NaN): the rows that need it drop out, the rest still estimate the indices.
        var f = TestFunctions.Ishigami();
        var design = SaltelliDesign.Of(Samples, 3);
        var outputs = design.Points.Select((x, k) => k % 64 == 5 ? double.NaN : f.AtUnit(x)).ToArray();
        var full = SobolAnalysis.Analyse(design, design.Points.Select(f.AtUnit).ToArray(), resamples: 0);
        var lossy = SobolAnalysis.Analyse(design, outputs, resamples: 0);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(full[i].First.Value, lossy[i].First.Value, 0.02);
            Assert.Equal(full[i].Total.Value, lossy[i].Total.Value, 0.02);
        }
    }

    [Fact]
    public void A_constant_model_has_no_index()
    {
        var design = SaltelliDesign.Of(16, 2);
        var indices = SobolAnalysis.Analyse(design, design.Points.Select(_ => 3.0).ToArray(), resamples: 10);
        Assert.All(indices, i => Assert.Equal((0.0, 0.0), (i.First.Value, i.Total.Value)));
    }

    [Fact]
    public void The_design_costs_N_times_D_plus_2_and_needs_a_power_of_two()
    {
        Assert.Equal(64 * 10, SaltelliDesign.Of(64, 8).Points.Count);
        Assert.Equal(640, SaltelliDesign.Budget(64, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => SaltelliDesign.Of(100, 8));
    }

    [Fact]
    public void Each_AB_matrix_is_A_with_one_column_from_B()
    {
        var (n, d) = (8, 3);
        var design = SaltelliDesign.Of(n, d);
        for (var i = 0; i < d; i++)
            for (var j = 0; j < n; j++)
            {
                var (a, b, ab) = (design.Points[j], design.Points[n + j], design.Points[(2 + i) * n + j]);
                for (var k = 0; k < d; k++) Assert.Equal(k == i ? b[k] : a[k], ab[k]);
            }
    }

    private static IReadOnlyList<SobolIndex> Measure(TestFunction function, int samples = Samples)
    {
        var design = SaltelliDesign.Of(samples, function.Inputs.Count);
        return SobolAnalysis.Analyse(design, design.Points.Select(function.AtUnit).ToArray(), resamples: 200);
    }

    private static double Width(Estimate e) => e.High - e.Low;

    private static void AssertClose(double[] s1, double[] st, IReadOnlyList<SobolIndex> measured, double tolerance)
    {
        for (var i = 0; i < s1.Length; i++)
        {
            Assert.True(Math.Abs(measured[i].First.Value - s1[i]) < tolerance, $"S1 of x{i + 1}: {measured[i].First.Value:0.0000} against {s1[i]:0.0000}");
            Assert.True(Math.Abs(measured[i].Total.Value - st[i]) < tolerance, $"ST of x{i + 1}: {measured[i].Total.Value:0.0000} against {st[i]:0.0000}");
        }
    }
}
