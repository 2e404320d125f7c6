namespace Siege.Analysis.Attrition;

/// <summary>A daily casualty rate (fraction of the initial strength per day): the median and an interval around it.</summary>
public readonly record struct RateInterval(double Median, double Low, double High);

/// <summary>
/// One side's predicted losses. Casualties are the daily rate times the initial strength times the days, capped at the
/// initial strength (a rate held for long enough would otherwise take more men than the side had); the rates are not.
/// </summary>
public sealed record SidePrediction(RateInterval DailyRate, double Casualties, double CasualtiesLow, double CasualtiesHigh);

/// <summary>Both sides' predicted losses; <paramref name="Level"/> is the probability the intervals are meant to hold.</summary>
public sealed record AttritionPrediction(AttritionConditions Conditions, double Level, SidePrediction Attacker, SidePrediction Defender)
{
    public SidePrediction For(BattleSide side) => side == BattleSide.Attacker ? Attacker : Defender;
}

/// <summary>Both sides' daily rates for a setting, without strengths.</summary>
public sealed record DailyRates(RateInterval Attacker, RateInterval Defender);

/// <summary>
/// Daily casualty rates fitted on real battles: for each side separately, log(casualties / initial strength / days)
/// as a linear function of log force ratio, the defender's posture, terrain, period and log duration (see
/// <see cref="Design"/>). Errors are taken as normal on the log scale, so the point prediction is the median rate and
/// the intervals are asymmetric on the casualty scale.
/// </summary>
public sealed class AttritionModel
{
    public const double DefaultLevel = 0.8;

    private static readonly Lazy<AttritionModel> Cdb90Model = new(() => Fit(AttritionSample.FromCdb90().Engagements));

    private AttritionModel(LinearRegression attacker, LinearRegression defender, double residualCorrelation)
    {
        Attacker = attacker;
        Defender = defender;
        ResidualCorrelation = residualCorrelation;
    }

    /// <summary>The regression of the attacker's log daily rate.</summary>
    public LinearRegression Attacker { get; }

    /// <summary>The regression of the defender's log daily rate.</summary>
    public LinearRegression Defender { get; }

    public int Battles => Attacker.Observations;

    /// <summary>
    /// The correlation of the two sides' residuals over the battles fitted: a battle bloodier than the model expects
    /// for one side tends to be bloodier for the other. A joint prediction for a new battle needs it.
    /// </summary>
    public double ResidualCorrelation { get; }

    public static IReadOnlyList<string> Terms => Design.Terms;

    public LinearRegression For(BattleSide side) => side == BattleSide.Attacker ? Attacker : Defender;

    public static AttritionModel Fit(IReadOnlyList<Engagement> engagements)
    {
        var rows = engagements.Select(e => Design.Row(e.Conditions)).ToArray();
        LinearRegression FitSide(BattleSide side) =>
            LinearRegression.Fit(rows, engagements.Select(e => e.LogDailyRate(side)).ToArray(), Design.Terms);
        var attacker = FitSide(BattleSide.Attacker);
        var defender = FitSide(BattleSide.Defender);
        double[] Residuals(LinearRegression fit, BattleSide side) =>
            engagements.Select((e, i) => e.LogDailyRate(side) - fit.Mean(rows[i])).ToArray();
        var correlation = MathNet.Numerics.Statistics.Correlation.Pearson(
            Residuals(attacker, BattleSide.Attacker), Residuals(defender, BattleSide.Defender));
        return new AttritionModel(attacker, defender, correlation);
    }

    /// <summary>The model fitted on every usable CDB90 battle (fitted once, then shared).</summary>
    public static AttritionModel FitCdb90() => Cdb90Model.Value;

    /// <summary>The prediction interval of one side's log daily rate.</summary>
    public PredictionInterval PredictLogRate(BattleSide side, AttritionConditions conditions, double level = DefaultLevel) =>
        For(side).Predict(Design.Row(conditions), level);

    public AttritionPrediction Predict(double attackers, double defenders, PostureClass posture, TerrainClass terrain,
        Period period, double days, double level = DefaultLevel) =>
        Predict(new AttritionConditions(attackers, defenders, posture, terrain, period, days), level);

    public AttritionPrediction Predict(AttritionConditions conditions, double level = DefaultLevel)
    {
        if (!(conditions.Attackers > 0) || !(conditions.Defenders > 0)) throw new ArgumentException("both strengths must be positive", nameof(conditions));
        if (!(conditions.Days > 0)) throw new ArgumentException("the battle must last a positive number of days", nameof(conditions));
        SidePrediction Side(BattleSide side)
        {
            var rate = Rate(PredictLogRate(side, conditions, level));
            var strength = conditions.StrengthOf(side);
            double Losses(double r) => Math.Min(strength, r * strength * conditions.Days);
            return new SidePrediction(rate, Losses(rate.Median), Losses(rate.Low), Losses(rate.High));
        }
        return new AttritionPrediction(conditions, level, Side(BattleSide.Attacker), Side(BattleSide.Defender));
    }

    /// <summary>
    /// The fitted daily rates of a Second World War battle (1939–1945) with the given defender posture, force ratio
    /// and length; the strengths themselves do not enter the model, only their ratio.
    /// </summary>
    public DailyRates TypicalRates(PostureClass posture, double forceRatio, double days,
        TerrainClass terrain = TerrainClass.Open, double level = DefaultLevel) =>
        RatesFor(new AttritionConditions(forceRatio, 1, posture, terrain, Period.From1939To1945, days), level);

    /// <summary>The fitted daily rates of both sides for a battle in these conditions (only the strengths' ratio enters).</summary>
    public DailyRates RatesFor(AttritionConditions conditions, double level = DefaultLevel) => new(
        Rate(PredictLogRate(BattleSide.Attacker, conditions, level)),
        Rate(PredictLogRate(BattleSide.Defender, conditions, level)));

    private static RateInterval Rate(PredictionInterval log) => new(Math.Exp(log.Mean), Math.Exp(log.Low), Math.Exp(log.High));
}
