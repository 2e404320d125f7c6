using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// riverCrossing multiplies the defence of a position when every attacker-held neighbour that can attack it does so
/// across a river. An assault over the ford is then the square-law duel of <see cref="LanchesterSquareLawTests"/>
/// with the defence multiplied by M: dD/dt = −(a/M)·A, dA/dt = −(d·M)·D, whose closed form with k = √(a·d) is
/// D(t) = D0·cosh(kt) − A0·√(a/(d·M²))·sinh(kt).
/// </summary>
public sealed class RiverCrossingTests
{
    private const int A0 = 3000, D0 = 2000;
    private const double AttackerKillRate = 0.3, DefenderKillRate = 0.45;
    // The duel's riverCrossing (see TestScenarios.Duel).
    private const double RiverCrossing = 1.5;

    [Theory]
    // Every attacker across the ford: M = riverCrossing; the defenders left after a day are 1,523 rather than 1,216.
    [InlineData(false, RiverCrossing)]
    // Half of them attack by land as well: no river multiplier.
    [InlineData(true, 1.0)]
    public void An_assault_meets_the_river_multiplier_only_when_every_attacking_neighbour_is_across_the_river(bool alsoByLand, double multiplier)
    {
        var model = SiegeModel.Compile(TestScenarios.RiverDuel(A0, D0, AttackerKillRate, DefenderKillRate, days: 2, alsoByLand));
        const int seeds = 200;
        var defenders = Enumerable.Range(1, seeds).Average(seed => model.Run((ulong)seed, RunDetail.WithoutChronicle).Days[0].DefenderCombatants);

        var k = Math.Sqrt(AttackerKillRate * DefenderKillRate);
        var expected = D0 * Math.Cosh(k) - A0 * Math.Sqrt(AttackerKillRate / (DefenderKillRate * multiplier * multiplier)) * Math.Sinh(k);
        // 2% covers the hourly (Euler) discretisation and the sampling error of 200 seeds, as for the plain duel.
        Assert.InRange(defenders, expected * 0.98, expected * 1.02);
    }
}
