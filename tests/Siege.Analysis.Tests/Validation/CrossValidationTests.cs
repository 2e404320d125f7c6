using System.Text.Json;
using Siege.Analysis.Attrition;
using Siege.Analysis.Tests.Support;
using Siege.Analysis.Validation;

namespace Siege.Analysis.Tests.Validation;

public sealed class CrossValidationTests
{
    private static readonly Lazy<ValidationReport> Cdb90Report = new(() => CrossValidation.RunCdb90());

    [Fact]
    public void On_synthetic_battles_the_intervals_are_calibrated_and_the_error_is_that_of_the_noise()
    {
        // 1,500 battles from a known law with noise SD 0.5. The median of |N(0, 0.5²)| is 0.6745 × 0.5 ≈ 0.337; the
        // fit's own error widens it a little. A correct 80 % interval holds about 80 % of the held-out pairs.
        var report = CrossValidation.Run(Synthetic.Engagements(1500, seed: 9, noise: 0.5), folds: 10, seed: 1);
        var all = report.Subsets.All;
        Assert.Equal(1500, all.Battles);
        Assert.InRange(all.Model.Mae, 0.32, 0.36);
        Assert.InRange(all.Model.Coverage80, 0.78, 0.82);
        Assert.True(all.Model.Mae < all.PostureMedian.Mae);
        Assert.True(all.Model.Mae < all.LanchesterSquare.Mae);
    }

    [Fact]
    public void Every_held_out_prediction_comes_from_a_fit_without_that_battle()
    {
        var battles = AttritionSample.FromCdb90().Engagements;
        var heldOut = CrossValidation.HeldOut(battles, 10, CrossValidation.DefaultSeed);
        // Two sides per battle, each battle once.
        Assert.Equal(2 * battles.Length, heldOut.Length);
        Assert.Equal(battles.Length, heldOut.Select(p => p.Engagement.BattleId).Distinct().Count());
        // Refit fold 0 by hand: its predictions for its own battles must equal the held-out ones.
        var split = Folds.Split(battles, 10, CrossValidation.DefaultSeed)[0];
        var model = AttritionModel.Fit(split.Train);
        foreach (var p in heldOut.Where(p => p.Fold == 0))
            Assert.Equal(model.PredictLogRate(p.Side, p.Engagement.Conditions).Mean, p.Model.Mean, 12);
    }

    [Fact]
    public void The_cdb90_report_covers_the_stated_subsets()
    {
        var report = Cdb90Report.Value;
        Assert.Equal(10, report.Folds);
        Assert.Equal(524, report.Subsets.All.Battles);
        // 1939–1945 with a prepared (55) or fortified (80) defender and usable strengths and casualties.
        Assert.Equal(135, report.Subsets.Ww2PreparedFortified.Battles);
        foreach (var s in new[] { report.Subsets.All, report.Subsets.Ww2PreparedFortified })
        {
            Assert.InRange(s.Model.Coverage80, 0.7, 0.9);
            // The model beats both yardsticks; the square law, which ignores everything but the force ratio, is worst.
            Assert.True(s.Model.Mae < s.PostureMedian.Mae);
            Assert.True(s.PostureMedian.Mae < s.LanchesterSquare.Mae);
        }
    }

    [Fact]
    public void The_report_serialises_to_the_documented_json()
    {
        var report = Cdb90Report.Value;
        foreach (var options in new[] { new JsonSerializerOptions(JsonSerializerDefaults.Web), new JsonSerializerOptions() })
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, options));
            var root = json.RootElement;
            Assert.Equal(["folds", "subsets"], Names(root));
            Assert.Equal(10, root.GetProperty("folds").GetInt32());
            var subsets = root.GetProperty("subsets");
            Assert.Equal(["all", "ww2-prepared-fortified"], Names(subsets));
            foreach (var subset in subsets.EnumerateObject())
            {
                Assert.Equal(["battles", "model", "postureMedian", "lanchesterSquare"], Names(subset.Value));
                Assert.Equal(["mae", "coverage80"], Names(subset.Value.GetProperty("model")));
                Assert.Equal(["mae"], Names(subset.Value.GetProperty("postureMedian")));
                Assert.Equal(["mae"], Names(subset.Value.GetProperty("lanchesterSquare")));
                Assert.Equal(JsonValueKind.Number, subset.Value.GetProperty("model").GetProperty("coverage80").ValueKind);
            }
        }
    }

    private static string[] Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];
}
