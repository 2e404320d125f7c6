using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Siege.Lanchester.Fitting;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Support;

/// <summary>Daily strength series from a known model, with noise of a known kind and size, reproducible by seed.</summary>
internal static class SimulatedSeries
{
    /// <summary>
    /// Noise in the losses: each day the model is integrated from the previous (noisy) strengths, and each side's
    /// loss for that day is multiplied by e^(σ·z), z standard normal, before it is booked. This is a casualty
    /// return that is off by a few per cent, independently from day to day; the differences fit assumes exactly this.
    /// Reinforcements must arrive in whole days (as they do in these tests), so each day's amount is its rate.
    /// </summary>
    public static StrengthSeries WithLossNoise(LanchesterModel model, int days, double sigma, int seed)
    {
        var rng = new MersenneTwister(seed);
        var s = model.Initial;
        var rows = ImmutableArray.CreateBuilder<StrengthObservation>();
        for (var d = 0; d < days; d++)
        {
            var px = model.AttackerReinforcements.Amount(d, d + 1);
            var qy = model.DefenderReinforcements.Amount(d, d + 1);
            rows.Add(new StrengthObservation(d, s.Attacker, s.Defender, px, qy));
            var day = model with
            {
                X0 = s.Attacker,
                Y0 = s.Defender,
                AttackerReinforcements = OneDay(px),
                DefenderReinforcements = OneDay(qy),
            };
            var end = LanchesterIntegrator.Integrate(day, new IntegrationSettings(1, 0.01)).Final;
            var lossX = s.Attacker + px - end.Attacker;
            var lossY = s.Defender + qy - end.Defender;
            s = new Strengths(
                s.Attacker + px - lossX * Math.Exp(sigma * Normal.Sample(rng, 0, 1)),
                s.Defender + qy - lossY * Math.Exp(sigma * Normal.Sample(rng, 0, 1)));
        }
        rows.Add(new StrengthObservation(days, s.Attacker, s.Defender));
        return new StrengthSeries(rows.ToImmutable());
    }

    /// <summary>
    /// Noise in the counts: the exact daily trajectory, each strength then multiplied by e^(σ·z). This is a strength
    /// return that miscounts by a few per cent each day, without the errors carrying over; the trajectory fit assumes this.
    /// </summary>
    public static StrengthSeries WithCountNoise(LanchesterModel model, int days, double sigma, int seed)
    {
        var rng = new MersenneTwister(seed);
        var exact = LanchesterIntegrator.Integrate(model, new IntegrationSettings(days)).ToSeries();
        return new StrengthSeries([.. exact.Observations.Select(o => o with
        {
            Attacker = o.Attacker * Math.Exp(sigma * Normal.Sample(rng, 0, 1)),
            Defender = o.Defender * Math.Exp(sigma * Normal.Sample(rng, 0, 1)),
        })]);
    }

    private static ReinforcementSchedule OneDay(double men) =>
        men == 0 ? ReinforcementSchedule.None : ReinforcementSchedule.Of(new ReinforcementInterval(0, 1, men));
}
