using System.Collections.Immutable;
using Siege.Analysis.Attrition;

namespace Siege.Analysis.Validation;

/// <summary>One side of one held-out battle: what happened and what each rule, fitted without it, predicted (log daily rates).</summary>
public sealed record HeldOutPrediction(
    Engagement Engagement,
    int Fold,
    BattleSide Side,
    double Actual,
    PredictionInterval Model,
    double PostureMedian,
    double LanchesterSquare)
{
    public bool Covered => Actual >= Model.Low && Actual <= Model.High;
}

/// <summary>
/// k-fold cross-validation by battle of the attrition model against the two baselines. Each fold's model and
/// baselines are fitted on the other folds only and predict the fold's battles; the scores pool every held-out battle.
/// </summary>
public static class CrossValidation
{
    public const int DefaultFolds = 10;

    /// <summary>The seed of the published figures; any other gives another, equally honest, split.</summary>
    public const ulong DefaultSeed = 1944;

    /// <summary>The subset of the Second World War with a prepared or fortified defender, the setting of a siege.</summary>
    public static bool IsWw2PreparedOrFortified(Engagement e) =>
        e.Conditions.Period == Period.From1939To1945
        && e.Conditions.Posture is PostureClass.Prepared or PostureClass.Fortified;

    public static ValidationReport RunCdb90(int folds = DefaultFolds, ulong seed = DefaultSeed) =>
        Run(AttritionSample.FromCdb90().Engagements, folds, seed);

    public static ValidationReport Run(IReadOnlyList<Engagement> engagements, int folds = DefaultFolds, ulong seed = DefaultSeed)
    {
        var predictions = HeldOut(engagements, folds, seed);
        return new ValidationReport(folds, new ValidationSubsets(
            Score(predictions, _ => true),
            Score(predictions, IsWw2PreparedOrFortified)));
    }

    /// <summary>Every held-out (battle, side) pair with its predictions, in fold order.</summary>
    public static ImmutableArray<HeldOutPrediction> HeldOut(IReadOnlyList<Engagement> engagements, int folds = DefaultFolds,
        ulong seed = DefaultSeed)
    {
        var result = ImmutableArray.CreateBuilder<HeldOutPrediction>();
        foreach (var split in Folds.Split(engagements, folds, seed))
        {
            var model = AttritionModel.Fit(split.Train);
            var postureMedian = new PostureMedianBaseline(split.Train);
            var lanchester = new LanchesterSquareBaseline(split.Train);
            foreach (var e in split.Test)
            foreach (var side in Enum.GetValues<BattleSide>())
                result.Add(new HeldOutPrediction(
                    e,
                    split.Fold,
                    side,
                    e.LogDailyRate(side),
                    model.PredictLogRate(side, e.Conditions, 0.8),
                    postureMedian.PredictLogRate(side, e.Conditions),
                    lanchester.PredictLogRate(side, e.Conditions)));
        }
        return result.ToImmutable();
    }

    public static SubsetScores Score(IReadOnlyList<HeldOutPrediction> predictions, Func<Engagement, bool> inSubset)
    {
        var chosen = predictions.Where(p => inSubset(p.Engagement)).ToArray();
        if (chosen.Length == 0) throw new InvalidOperationException("no held-out battle falls in the subset");
        double Mae(Func<HeldOutPrediction, double> predicted) => Statistics.Median(chosen.Select(p => Math.Abs(p.Actual - predicted(p))));
        return new SubsetScores(
            chosen.Select(p => p.Engagement.BattleId).Distinct().Count(),
            new ModelScores(Mae(p => p.Model.Mean), chosen.Count(p => p.Covered) / (double)chosen.Length),
            new BaselineScores(Mae(p => p.PostureMedian)),
            new BaselineScores(Mae(p => p.LanchesterSquare)));
    }
}
