using Siege.Analysis.Attrition;

namespace Siege.Analysis.Validation;

/// <summary>A rule that predicts a side's log daily rate from training battles; the yardsticks the model must beat.</summary>
public interface IRateBaseline
{
    double PredictLogRate(BattleSide side, AttritionConditions conditions);
}

/// <summary>The median log daily rate of the training battles with the same defender posture, per side.</summary>
public sealed class PostureMedianBaseline : IRateBaseline
{
    private readonly Dictionary<(BattleSide, PostureClass), double> _medians = [];
    private readonly Dictionary<BattleSide, double> _overall = [];

    public PostureMedianBaseline(IReadOnlyList<Engagement> training)
    {
        foreach (var side in Enum.GetValues<BattleSide>())
        {
            _overall[side] = Statistics.Median(training.Select(e => e.LogDailyRate(side)));
            foreach (var group in training.GroupBy(e => e.Conditions.Posture))
                _medians[(side, group.Key)] = Statistics.Median(group.Select(e => e.LogDailyRate(side)));
        }
    }

    // A posture missing from the training folds falls back on the median of all of them.
    public double PredictLogRate(BattleSide side, AttritionConditions conditions) =>
        _medians.TryGetValue((side, conditions.Posture), out var m) ? m : _overall[side];
}

/// <summary>
/// Lanchester's square law read as daily rates: each side's losses per day are proportional to the enemy's strength,
/// so the defender's rate (per own initial strength) is k_D·A/D and the attacker's k_A·D/A. One constant per side,
/// the median of log k over the training battles; nothing else about the battle enters.
/// </summary>
public sealed class LanchesterSquareBaseline : IRateBaseline
{
    private readonly double _logKAttacker;
    private readonly double _logKDefender;

    public LanchesterSquareBaseline(IReadOnlyList<Engagement> training)
    {
        _logKAttacker = Statistics.Median(training.Select(e => e.LogDailyRate(BattleSide.Attacker) + Math.Log(e.Conditions.ForceRatio)));
        _logKDefender = Statistics.Median(training.Select(e => e.LogDailyRate(BattleSide.Defender) - Math.Log(e.Conditions.ForceRatio)));
    }

    public double PredictLogRate(BattleSide side, AttritionConditions conditions) =>
        side == BattleSide.Attacker
            ? _logKAttacker - Math.Log(conditions.ForceRatio)
            : _logKDefender + Math.Log(conditions.ForceRatio);
}
