using Siege.Calibration.Abc;
using Siege.Engine.Randomness;

namespace Siege.Calibration.Tests.Abc;

/// <summary>Small stochastic simulators with seeded draws whose posteriors are known or easily checked.</summary>
internal static class ToyModels
{
    /// <summary>
    /// The mean of <paramref name="n"/> draws from N(μ, 1), drawn directly as μ + Z / √n. With a flat prior wide enough
    /// to cut nothing off, the posterior of μ given the sample mean ȳ is N(ȳ, 1 / n).
    /// </summary>
    public static AbcProblem NormalMean(double observedMean, int n, double low, double high) => new(
        [new AbcParameter("mu", low, high)],
        [new AbcTarget("sample mean", 0, observedMean)],
        1,
        (theta, seed) => [theta[0] + Normal(new Xoshiro256StarStar(seed)) / Math.Sqrt(n)],
        $"normal-mean n={n}");

    public static readonly AbcParameter[] SiegeParameters =
    [
        new("attack", 0.5, 2.0),
        new("defence", 0.5, 2.0),
        new("holdingDays", 2.0, 12.0),
    ];

    /// <summary>Day on which the toy siege's horizon ends: a city still holding then is recorded as "held to day 8".</summary>
    public const double Horizon = 8.0;

    /// <summary>
    /// A toy siege of three parameters and four measures: the mean of 8 skirmishes N(attack, 0.5); log(defence) +
    /// 0.3·attack with noise 0.1; the ratio attack / defence with noise 0.1 (as a casualty ratio); and the day the city
    /// falls, holdingDays times a Gamma(4, 1/4) draw (mean holdingDays, coefficient of variation ½), capped at the
    /// <see cref="Horizon"/>.
    /// </summary>
    public static double[] Siege(IReadOnlyList<double> theta, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var (attack, defence, holding) = (theta[0], theta[1], theta[2]);
        var skirmishes = 0.0;
        for (var i = 0; i < 8; i++) skirmishes += attack + 0.5 * Normal(rng);
        var fall = 0.0;
        for (var i = 0; i < 4; i++) fall -= Math.Log(1 - rng.NextDouble());
        return
        [
            skirmishes / 8,
            Math.Log(defence) + 0.3 * attack + 0.1 * Normal(rng),
            attack / defence + 0.1 * Normal(rng),
            Math.Min(Horizon, holding * fall / 4),
        ];
    }

    /// <summary>
    /// The toy siege's targets from one run (the synthetic record): every measure as it came out, except a city still
    /// holding at the horizon, which the record gives as a bound ("held to day 8").
    /// </summary>
    public static AbcTarget[] SiegeRecord(double[] run) =>
    [
        new("skirmishes", 0, run[0]),
        new("defence index", 1, run[1]),
        new("casualty ratio", 2, run[2]),
        run[3] >= Horizon ? new("fell on day", 3, Horizon, Censoring.AtLeast) : new("fell on day", 3, run[3]),
    ];

    public static AbcProblem SiegeProblem(AbcTarget[] record) => new(SiegeParameters, record, 4, Siege, "toy-siege");

    public static double Normal(Xoshiro256StarStar rng) => new NormalDraws(rng).Next();
}
