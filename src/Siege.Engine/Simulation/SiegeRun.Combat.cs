using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// Attrition at assaulted positions: a stochastic Lanchester square law with Dupuy's multipliers.
internal sealed partial class SiegeRun
{
    private readonly CasualtyLedger _casualties;

    /// <summary>How much the ground, the works and the river multiply the defender at position i.</summary>
    private double DefenceMultiplier(int i)
    {
        return _model.PostureMultiplier(i, _positions.Condition[i]) * _model.BaseDefence[i] * _attacker.RiverMultiplier[i];
    }

    /// <summary>
    /// Every defender in a fight draws ammunition for the hour; firepower is the weighted share of that demand the
    /// stocks can meet, never below the floor (bayonets, captured weapons).
    /// </summary>
    private void DrawDefenderAmmunition()
    {
        var a = _attacker;
        var d = _defender;
        var engaged = 0;
        foreach (var i in a.Assaulted) if (a.Assault[i] > 0) engaged += _positions.Garrison[i];
        foreach (var i in d.Counterattacked) engaged += d.Counter[i];
        if (engaged == 0) return;

        var supplies = _scenario.Supplies.Defender;
        double met = 0, weights = 0;
        for (var s = 0; s < supplies.Length; s++)
        {
            if (supplies[s].UsePerManHour is not { } use) continue;
            var demand = (long)Math.Ceiling(engaged * use.Value);
            var drawn = Math.Min(demand, d.Stock[s]);
            d.Stock[s] -= drawn;
            d.Used[s] += drawn;
            weights += supplies[s].FirepowerWeight;
            met += supplies[s].FirepowerWeight * (demand == 0 ? 1.0 : (double)drawn / demand);
        }
        var floor = _scenario.Combat.FirepowerFloor.Value;
        d.Firepower = weights == 0 ? 1.0 : floor + (1 - floor) * met / weights;
    }

    private void ResolveAssaults(bool night)
    {
        var c = _scenario.Combat;
        var a = _attacker;
        var p = _positions;
        var attackerFactor = a.Quality * (night ? c.NightAttackerFactor.Value : 1.0) * (1 + c.ArtilleryBonus * a.ArtillerySupport);
        var defenderFactor = _defender.Quality * _defender.Firepower;
        foreach (var i in a.Assaulted)
        {
            if (a.Assault[i] == 0) continue;
            if (p.Holder[i] != Side.Defender)
            {
                WithdrawAssault(i);
                continue;
            }
            if (p.Garrison[i] > 0) Fight(i, attackerFactor, defenderFactor);
            if (p.Holder[i] == Side.Defender) CheckPositionHolds(i);
        }
    }

    private void Fight(int i, double attackerFactor, double defenderFactor)
    {
        var c = _scenario.Combat;
        var p = _positions;
        var assault = _attacker.Assault;
        var rng = CombatStream(i);
        var multiplier = DefenceMultiplier(i);
        var gas = p.GasUntil[i] >= _hour ? 1 + c.GasLossMultiplier * p.GasIntensity[i] : 1.0;
        var attackers = assault[i];
        var defenders = p.Garrison[i];
        var engaged = Math.Min(attackers, c.AssaultFrontage.Value);

        var expectedDefenderLoss = c.AttackerKillRate * engaged * attackerFactor / multiplier / 24.0 * gas;
        var firing = defenders + c.SupportingFireShare * SupportingGarrisons(i);
        var expectedAttackerLoss = c.DefenderKillRate * firing * defenderFactor * multiplier / 24.0;
        var defenderLoss = Sampling.Binomial(rng, defenders, Math.Min(1, expectedDefenderLoss / defenders));
        var attackerLoss = Sampling.Binomial(rng, attackers, Math.Min(1, expectedAttackerLoss / attackers));

        p.Garrison[i] -= defenderLoss;
        _casualties.AddDefenderLosses(CombatKind.FireFight, defenderLoss, rng);
        GroupLoses(i, CombatKind.FireFight, attackerLoss, rng);
    }

    /// <summary>Men in the defender-held positions next to i, whose fire covers its approaches.</summary>
    private int SupportingGarrisons(int i)
    {
        var p = _positions;
        var men = 0;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (p.Holder[j] == Side.Defender && p.ApproachOpen(i, k)) men += p.Garrison[j];
        }
        return men;
    }

    /// <summary>After an hour's fighting: the assault group may be spent, the garrison may fall back or be overrun.</summary>
    private void CheckPositionHolds(int i)
    {
        var d = _scenario.DefenderDoctrine;
        var p = _positions;
        var a = _attacker;
        var position = _model.Positions[i];
        if (a.Assault[i] < (1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction) * a.AssaultStart[i])
        {
            WithdrawAssault(i);
            return;
        }

        var overrun = p.Garrison[i] < d.OverrunBelowMen;
        var untenable = p.Garrison[i] < d.FallBackBelowFraction * p.Planned[i]
            && a.Assault[i] > 2 * p.Garrison[i] * DefenceMultiplier(i);
        if (!overrun && !untenable) return;

        var refuge = position.HoldToLast ? -1 : FallBackTarget(i);
        var men = p.Garrison[i];
        p.Garrison[i] = 0;
        if (refuge >= 0)
        {
            p.Garrison[refuge] += men;
            Record(ChronicleKind.FellBack, position.Id, _model.Positions[refuge].Id, men);
        }
        else if (overrun || position.HoldToLast)
        {
            var rng = CombatStream(i);
            var captured = _model.CapturedWhenOverrun.Draw(rng, men);
            _casualties.AddDefenderOverrun(killed: men - captured, captured: captured);
            if (men > 0) Record(ChronicleKind.Overrun, position.Id, men: men, amount: captured);
        }
        else
        {
            // Untenable but with nowhere to go: the garrison stays and fights on.
            p.Garrison[i] = men;
            return;
        }
        Capture(i);
    }

    /// <summary>The adjacent defender-held position further in (or on the same line) with the largest garrison.</summary>
    private int FallBackTarget(int i)
    {
        var p = _positions;
        var tier = _model.Positions[i].Tier;
        var best = -1;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (p.Holder[j] != Side.Defender || !p.ApproachOpen(i, k) || _model.Positions[j].Tier < tier) continue;
            if (best < 0 || _model.Positions[j].Tier > _model.Positions[best].Tier
                || (_model.Positions[j].Tier == _model.Positions[best].Tier && p.Garrison[j] > p.Garrison[best]))
                best = j;
        }
        return best;
    }

    /// <summary>The assault group takes position i: some stay to hold it, the rest return to the pool.</summary>
    private void Capture(int i)
    {
        var a = _attacker;
        var occupiers = (int)(_scenario.AttackerDoctrine.OccupyFraction * a.Assault[i]);
        _positions.MarkLost(i, _hour);
        OccupyWithGroup(i, occupiers);
        Record(ChronicleKind.PositionLost, _model.Positions[i].Id, men: occupiers);
    }
}
