namespace Siege.Calibration;

/// <summary>
/// A prior on the engine's two kill rates: their logarithms jointly normal, with the given medians, standard deviations
/// on the log scale and correlation. Log-normal because rates are positive and the CDB90 fit is linear in log rates.
/// </summary>
public sealed record RatePrior
{
    public RatePrior(double attackerMedian, double defenderMedian, double attackerLogSd, double defenderLogSd, double correlation)
    {
        if (!(attackerMedian > 0) || !(defenderMedian > 0)) throw new ArgumentException("the prior medians must be positive");
        if (!(attackerLogSd > 0) || !(defenderLogSd > 0)) throw new ArgumentException("the prior's log standard deviations must be positive");
        if (!(Math.Abs(correlation) < 1)) throw new ArgumentException("the prior correlation must lie strictly between -1 and 1");
        AttackerMedian = attackerMedian;
        DefenderMedian = defenderMedian;
        AttackerLogSd = attackerLogSd;
        DefenderLogSd = defenderLogSd;
        Correlation = correlation;
    }

    /// <summary>Median of the attacker's kill rate (defenders put out of action per engaged attacker per day).</summary>
    public double AttackerMedian { get; }

    /// <summary>Median of the defender's kill rate (attackers put out of action per defender per day).</summary>
    public double DefenderMedian { get; }

    public double AttackerLogSd { get; }

    public double DefenderLogSd { get; }

    public double Correlation { get; }

    public double Median(KillRate rate) => rate == KillRate.Attacker ? AttackerMedian : DefenderMedian;

    public double LogSd(KillRate rate) => rate == KillRate.Attacker ? AttackerLogSd : DefenderLogSd;

    /// <summary>The central interval of one rate holding it with probability <paramref name="level"/>.</summary>
    public (double Low, double High) Interval(KillRate rate, double level)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + level / 2);
        return (Median(rate) * Math.Exp(-z * LogSd(rate)), Median(rate) * Math.Exp(z * LogSd(rate)));
    }

    /// <summary>The log density of (log attacker rate, log defender rate), up to a constant that is the same everywhere.</summary>
    public double LogDensity(double logAttacker, double logDefender)
    {
        var x = (logAttacker - Math.Log(AttackerMedian)) / AttackerLogSd;
        var y = (logDefender - Math.Log(DefenderMedian)) / DefenderLogSd;
        return -(x * x - 2 * Correlation * x * y + y * y) / (2 * (1 - Correlation * Correlation));
    }
}

/// <summary>The engine's two kill rates: the attacker's (it kills defenders) and the defender's (it kills attackers).</summary>
public enum KillRate
{
    Attacker,
    Defender,
}
