using Siege.Analysis.Sensitivity;

namespace Siege.Analysis.Tests.Sensitivity;

public sealed class MorrisAnalysisTests
{
    [Fact]
    public void A_linear_model_has_its_slopes_as_effects_and_no_spread()
    {
        // f = 3 x1 − 2 x2 + 0 x3: every elementary effect of x_i is its coefficient exactly.
        var design = MorrisDesign.Of(10, 3);
        var outputs = design.Points.Select(x => 3 * x[0] - 2 * x[1]).ToArray();
        var indices = MorrisAnalysis.Analyse(design.Points, outputs, 3);
        Assert.Equal([3, -2, 0], indices.Select(i => Math.Round(i.Mu, 12)));
        Assert.Equal([3, 2, 0], indices.Select(i => Math.Round(i.MuStar, 12)));
        Assert.All(indices, i => Assert.Equal(0, i.Sigma, 12));
        Assert.All(indices, i => Assert.Equal(10, i.Effects));
    }

    [Fact]
    public void Trajectories_move_one_input_at_a_time_by_delta_within_the_cube()
    {
        var design = MorrisDesign.Of(20, 5);
        Assert.Equal(20 * 6, design.Points.Count);
        Assert.Equal(2.0 / 3, design.Delta, 12);
        for (var t = 0; t < 20; t++)
        {
            var moved = new HashSet<int>();
            for (var k = t * 6; k < t * 6 + 5; k++)
            {
                var changes = Enumerable.Range(0, 5).Where(i => design.Points[k][i] != design.Points[k + 1][i]).ToList();
                Assert.Single(changes);
                Assert.Equal(design.Delta, Math.Abs(design.Points[k + 1][changes[0]] - design.Points[k][changes[0]]), 12);
                moved.Add(changes[0]);
            }
            Assert.Equal(5, moved.Count);
        }
        Assert.All(design.Points.SelectMany(p => p), u => Assert.InRange(u, 0, 1));
    }

    [Fact]
    public void On_Sobol_G_mu_star_ranks_the_inputs_as_their_coefficients_do()
    {
        // The smaller a_i, the more x_i matters: 0 < 1 < 4.5 < 9 < 99 (four times).
        var g = TestFunctions.SobolG();
        var design = MorrisDesign.Of(50, 8);
        var indices = MorrisAnalysis.Analyse(design.Points, design.Points.Select(g.AtUnit).ToArray(), 8);
        var mu = indices.Select(i => i.MuStar).ToArray();
        Assert.True(mu[0] > mu[1] && mu[1] > mu[2] && mu[2] > mu[3], string.Join(", ", mu));
        Assert.All(mu[4..], m => Assert.True(m < mu[3] / 5, string.Join(", ", mu)));
    }

    [Fact]
    public void On_Ishigami_x3_acts_only_through_its_interaction()
    {
        // x3 enters only as b x3⁴ sin x1: its effects change sign with x1, so μ is near 0 while μ* and σ are not.
        var f = TestFunctions.Ishigami();
        var design = MorrisDesign.Of(200, 3);
        var x3 = MorrisAnalysis.Analyse(design.Points, design.Points.Select(f.AtUnit).ToArray(), 3)[2];
        Assert.True(Math.Abs(x3.Mu) < x3.MuStar / 2 && x3.Sigma > x3.MuStar, $"{x3}");
    }

    [Fact]
    public void A_step_that_no_longer_moves_gives_no_effect()
    {
        double[][] points = [[0, 0], [0, 0], [1, 0]];
        var indices = MorrisAnalysis.Analyse(points, [1.0, 1.0, 4.0], 2);
        Assert.Equal((1, 3.0), (indices[0].Effects, indices[0].Mu));
        Assert.Equal(0, indices[1].Effects);
    }

    [Fact]
    public void A_point_the_model_could_not_evaluate_drops_only_the_steps_beside_it()
    {
        // Trajectory (0,0) → (1,0) → (1,1) with the middle point not evaluated: neither step gives an effect.
        double[][] points = [[0, 0], [1, 0], [1, 1], [0, 0], [0, 1], [1, 1]];
        var indices = MorrisAnalysis.Analyse(points, [0.0, double.NaN, 5.0, 0.0, 2.0, 5.0], 2);
        Assert.Equal((1, 3.0), (indices[0].Effects, indices[0].Mu));
        Assert.Equal((1, 2.0), (indices[1].Effects, indices[1].Mu));
    }
}
