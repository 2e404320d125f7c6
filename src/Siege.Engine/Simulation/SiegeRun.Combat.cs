using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// Attrition at assaulted positions: a stochastic Lanchester square law with Dupuy's multipliers.
internal sealed partial class SiegeRun
{
    private int _defenderKilled, _defenderWounded, _defenderCaptured;
    // Attackers are never captured in this model: the garrison had no means to hold prisoners.
    private int _attackerKilled, _attackerWounded;
    private double _firepower = 1.0;

    /// <summary>How much the ground, the works and the river multiply the defender at position i.</summary>
    private double DefenceMultiplier(int i)
    {
        return _model.PostureMultiplier(i, _condition[i]) * _model.BaseDefence[i] * _assaultRiver[i];
    }

    /// <summary>
    /// Every defender in a fight draws ammunition for the hour; firepower is the weighted share of that demand the
    /// stocks can meet, never below the floor (bayonets, captured weapons).
    /// </summary>
    private void DrawDefenderAmmunition()
    {
        var engaged = 0;
        foreach (var i in _assaulted) if (_assault[i] > 0) engaged += _garrison[i];
        foreach (var i in _counterattacked) engaged += _counter[i];
        if (engaged == 0) return;

        var supplies = _scenario.Supplies.Defender;
        double met = 0, weights = 0;
        for (var s = 0; s < supplies.Length; s++)
        {
            if (supplies[s].UsePerManHour is not { } use) continue;
            var demand = (long)Math.Ceiling(engaged * use.Value);
            var drawn = Math.Min(demand, _defenderStock[s]);
            _defenderStock[s] -= drawn;
            _defenderUsed[s] += drawn;
            weights += supplies[s].FirepowerWeight;
            met += supplies[s].FirepowerWeight * (demand == 0 ? 1.0 : (double)drawn / demand);
        }
        var floor = _scenario.Combat.FirepowerFloor.Value;
        _firepower = weights == 0 ? 1.0 : floor + (1 - floor) * met / weights;
    }

    private void ResolveAssaults(bool night)
    {
        var c = _scenario.Combat;
        var attackerFactor = AttackerQuality * (night ? c.NightAttackerFactor.Value : 1.0) * (1 + c.ArtilleryBonus * _artillerySupport);
        var defenderFactor = DefenderQuality * _firepower;
        foreach (var i in _assaulted)
        {
            if (_assault[i] == 0) continue;
            if (_holder[i] != Side.Defender)
            {
                WithdrawAssault(i);
                continue;
            }
            if (_garrison[i] > 0) Fight(i, attackerFactor, defenderFactor);
            if (_holder[i] == Side.Defender) CheckPositionHolds(i);
        }
    }

    private void Fight(int i, double attackerFactor, double defenderFactor)
    {
        var c = _scenario.Combat;
        var rng = CombatStream(i);
        var multiplier = DefenceMultiplier(i);
        var gas = _gasUntil[i] >= _hour ? 1 + c.GasLossMultiplier * _gasIntensity[i] : 1.0;
        var attackers = _assault[i];
        var defenders = _garrison[i];
        var engaged = Math.Min(attackers, c.AssaultFrontage.Value);

        var expectedDefenderLoss = c.AttackerKillRate * engaged * attackerFactor / multiplier / 24.0 * gas;
        var firing = defenders + c.SupportingFireShare * SupportingGarrisons(i);
        var expectedAttackerLoss = c.DefenderKillRate * firing * defenderFactor * multiplier / 24.0;
        var defenderLoss = Sampling.Binomial(rng, defenders, Math.Min(1, expectedDefenderLoss / defenders));
        var attackerLoss = Sampling.Binomial(rng, attackers, Math.Min(1, expectedAttackerLoss / attackers));

        _garrison[i] -= defenderLoss;
        _assault[i] -= attackerLoss;
        AddDefenderLosses(defenderLoss, rng);
        AddAttackerLosses(attackerLoss, rng);
    }

    /// <summary>Men in the defender-held positions next to i, whose fire covers its approaches.</summary>
    private int SupportingGarrisons(int i)
    {
        var men = 0;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (_holder[j] == Side.Defender && ApproachOpen(i, k)) men += _garrison[j];
        }
        return men;
    }

    /// <summary>After an hour's fighting: the assault group may be spent, the garrison may fall back or be overrun.</summary>
    private void CheckPositionHolds(int i)
    {
        var d = _scenario.DefenderDoctrine;
        var position = _model.Positions[i];
        if (_assault[i] < (1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction) * _assaultStart[i])
        {
            WithdrawAssault(i);
            return;
        }

        var overrun = _garrison[i] < d.OverrunBelowMen;
        var untenable = _garrison[i] < d.FallBackBelowFraction * _planned[i]
            && _assault[i] > 2 * _garrison[i] * DefenceMultiplier(i);
        if (!overrun && !untenable) return;

        var refuge = position.HoldToLast ? -1 : FallBackTarget(i);
        var men = _garrison[i];
        _garrison[i] = 0;
        if (refuge >= 0)
        {
            _garrison[refuge] += men;
            Record(ChronicleKind.FellBack, position.Id, _model.Positions[refuge].Id, men);
        }
        else if (overrun || position.HoldToLast)
        {
            var rng = CombatStream(i);
            var captured = _model.CapturedWhenOverrun.Draw(rng, men);
            _defenderCaptured += captured;
            _defenderKilled += men - captured;
            if (men > 0) Record(ChronicleKind.Overrun, position.Id, men: men, amount: captured);
        }
        else
        {
            // Untenable but with nowhere to go: the garrison stays and fights on.
            _garrison[i] = men;
            return;
        }
        Capture(i);
    }

    /// <summary>The adjacent defender-held position further in (or on the same line) with the largest garrison.</summary>
    private int FallBackTarget(int i)
    {
        var tier = _model.Positions[i].Tier;
        var best = -1;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (_holder[j] != Side.Defender || !ApproachOpen(i, k) || _model.Positions[j].Tier < tier) continue;
            if (best < 0 || _model.Positions[j].Tier > _model.Positions[best].Tier
                || (_model.Positions[j].Tier == _model.Positions[best].Tier && _garrison[j] > _garrison[best]))
                best = j;
        }
        return best;
    }

    private void Capture(int i)
    {
        var occupiers = (int)(_scenario.AttackerDoctrine.OccupyFraction * _assault[i]);
        _holder[i] = Side.Attacker;
        _holdersChanged = true;
        _mapVersion++;
        _attackerPresent[i] = true;
        _occupiers[i] += occupiers;
        _pool += _assault[i] - occupiers;
        _assault[i] = 0;
        _assaultStart[i] = 0;
        _assaulted.Remove(i);
        // Only the defender repairs works; Retake puts the position back among the damaged ones if it is.
        _damaged.Remove(i);
        _lostAt[i] = _hour;
        if (_firstLost[i] < 0) _firstLost[i] = _hour;
        _changes[i]++;
        Record(ChronicleKind.PositionLost, _model.Positions[i].Id, men: occupiers);
    }

    private void AddDefenderLosses(int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return;
        var killed = _model.DefenderKilled.Draw(rng, losses);
        _defenderKilled += killed;
        _defenderWounded += losses - killed;
    }

    private void AddAttackerLosses(int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return;
        var killed = _model.AttackerKilled.Draw(rng, losses);
        _attackerKilled += killed;
        _attackerWounded += losses - killed;
    }
}
