using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// Assaulted positions: each hour a fire fight (a stochastic Lanchester square law with Dupuy's multipliers), then
// perhaps a break-in, whose chance rises with the local ratio of fire; a break-in is close combat, and the position falls.
internal sealed partial class SiegeRun
{
    private readonly CasualtyLedger _casualties;

    /// <summary>How much the ground, the works and the river multiply the defender at position i.</summary>
    private double DefenceMultiplier(int i)
    {
        return _model.PostureMultiplier(i, _positions.Condition[i]) * _model.BaseDefence[i] * _attacker.RiverMultiplier[i];
    }

    /// <summary>
    /// Every defender in a fight needs ammunition for the hour. A stock below rationBelowFraction of its initial stock
    /// is rationed: the garrison draws the demand × stock / (rationBelowFraction × initial stock), so the stock runs
    /// down ever more slowly. Firepower is the weighted share of the unrationed demand drawn, never below the floor
    /// (bayonets, captured weapons): it falls gradually with the stock, not in the hour the stock runs out.
    /// </summary>
    private void DrawDefenderAmmunition()
    {
        var a = _attacker;
        var d = _defender;
        var engaged = 0;
        foreach (var i in a.Assaulted) if (a.Assault[i] > 0) engaged += _positions.Garrison[i];
        foreach (var i in d.Counterattacked) engaged += d.Counter[i];
        if (engaged == 0) return;

        var usePerManHour = _model.DefenderUsePerManHour;
        var firepowerWeight = _model.DefenderFirepowerWeight;
        var rationBelow = _scenario.DefenderDoctrine.RationBelowFraction.Value;
        double met = 0, weights = 0;
        for (var s = 0; s < usePerManHour.Length; s++)
        {
            if (double.IsNaN(usePerManHour[s])) continue;
            var demand = (long)Math.Ceiling(engaged * usePerManHour[s]);
            var rationFrom = rationBelow * d.InitialStock[s];
            var ration = d.Stock[s] < rationFrom ? d.Stock[s] / rationFrom : 1.0;
            var drawn = Math.Min((long)Math.Ceiling(demand * ration), d.Stock[s]);
            d.Stock[s] -= drawn;
            d.Used[s] += drawn;
            weights += firepowerWeight[s];
            met += firepowerWeight[s] * (demand == 0 ? 1.0 : (double)drawn / demand);
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
            // The hour's fire fight changes only this garrison: its works, its neighbours' men and the gas on it are the
            // same for the fire fight and the break-in that may follow, so they are worked out once.
            var cover = new Cover(DefenceMultiplier(i), SupportingGarrisons(i), GasFactor(i));
            if (p.Garrison[i] > 0) Fight(i, attackerFactor, defenderFactor, cover);
            ResolveHour(i, attackerFactor, defenderFactor, cover);
        }
    }

    /// <summary>What covers an assaulted position this hour: its defence multiplier, its neighbours' men, the gas factor.</summary>
    private readonly record struct Cover(double Multiplier, int SupportingMen, double Gas);

    private void Fight(int i, double attackerFactor, double defenderFactor, Cover cover)
    {
        var c = _scenario.Combat;
        var p = _positions;
        var assault = _attacker.Assault;
        var rng = CombatStream(i);
        var (multiplier, supporting, gas) = cover;
        var attackers = assault[i];
        var defenders = p.Garrison[i];
        var engaged = Math.Min(attackers, c.AssaultFrontage.Value);

        var expectedDefenderLoss = c.AttackerKillRate * engaged * attackerFactor / multiplier / 24.0 * gas;
        var firing = defenders + c.SupportingFireShare * supporting;
        // Gassed men fight in masks, or not at all: the gas divides the garrison's fire as it multiplies its losses.
        var expectedAttackerLoss = c.DefenderKillRate * firing * defenderFactor * multiplier / 24.0 / gas;
        var defenderLoss = Sampling.Binomial(rng, defenders, Math.Min(1, expectedDefenderLoss / defenders));
        var attackerLoss = Sampling.Binomial(rng, attackers, Math.Min(1, expectedAttackerLoss / attackers));

        p.Garrison[i] -= defenderLoss;
        // While gas lasts, the part of the defender's losses that the gas added is counted as gas casualties.
        var gassed = gas > 1 ? Sampling.Binomial(rng, defenderLoss, (gas - 1) / gas) : 0;
        _casualties.AddDefenderLosses(CombatKind.Gas, gassed, rng);
        _casualties.AddDefenderLosses(CombatKind.FireFight, defenderLoss - gassed, rng);
        GroupLoses(i, CombatKind.FireFight, attackerLoss, rng);
    }

    /// <summary>1 + gasLossMultiplier × intensity while gas lies on position i, else 1.</summary>
    private double GasFactor(int i)
    {
        var p = _positions;
        return p.GasUntil[i] >= _hour ? 1 + _scenario.Combat.GasLossMultiplier * p.GasIntensity[i] : 1.0;
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

    /// <summary>
    /// The local ratio of fire at a contested position: the engaged attackers (at most the frontage) with their
    /// factors, against the defenders and the share of their neighbours' fire that covers the position, with theirs
    /// and the defence multiplier. Infinite against nobody.
    /// </summary>
    internal static double FireRatio(double engaged, double attackerFactor, double defenders, double defenderFactor, double multiplier)
    {
        var defence = defenders * defenderFactor * multiplier;
        return defence > 0 ? engaged * attackerFactor / defence : double.PositiveInfinity;
    }

    /// <summary>
    /// breakInRatePerHour × ratio^breakInExponent. A whole exponent (the default 2) is raised by multiplication, which
    /// is exact and several times cheaper than exp(y·log x): this runs for every assaulted position every hour.
    /// </summary>
    internal static double BreakInHazard(CombatParameters c, double ratio)
    {
        var exponent = c.BreakInExponent.Value;
        var power = exponent == Math.Floor(exponent) && exponent is >= 0 and <= 16
            ? Sampling.PowInt(ratio, (int)exponent)
            : DeterministicMath.Pow(ratio, exponent);
        return c.BreakInRatePerHour.Value * power;
    }

    /// <summary>
    /// Whether a uniform draw <paramref name="u"/> falls below the break-in chance 1 − exp(−h) at fire ratio
    /// <paramref name="ratio"/>. Since h − h²/2 ≤ 1 − exp(−h) ≤ h, most draws are decided by these bounds alone, and the
    /// exponential is computed only for a draw between them: the answer is the same, at a fraction of the cost.
    /// </summary>
    internal static bool BreaksIn(CombatParameters c, double ratio, double u)
    {
        if (double.IsPositiveInfinity(ratio)) return true;
        var hazard = BreakInHazard(c, ratio);
        if (u >= hazard) return false;
        if (u < hazard - hazard * hazard / 2) return true;
        return u < 1 - DeterministicMath.Exp(-hazard);
    }

    /// <summary>
    /// After an hour's fire: an empty position is taken; a spent assault group breaks off; otherwise the attackers
    /// may break in, with a chance that rises with the fire ratio.
    /// </summary>
    private void ResolveHour(int i, double attackerFactor, double defenderFactor, Cover cover)
    {
        var c = _scenario.Combat;
        var p = _positions;
        var a = _attacker;
        if (p.Garrison[i] == 0)
        {
            Capture(i);
            return;
        }
        if (a.Assault[i] < (1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction) * a.AssaultStart[i])
        {
            WithdrawAssault(i);
            return;
        }
        var rng = CombatStream(i);
        var engaged = Math.Min(a.Assault[i], c.AssaultFrontage.Value);
        var defenders = p.Garrison[i] + c.SupportingFireShare * cover.SupportingMen;
        var ratio = FireRatio(engaged, attackerFactor, defenders, defenderFactor / cover.Gas, cover.Multiplier);
        if (BreaksIn(c, ratio, rng.NextDouble())) BreakIn(i, rng);
    }

    /// <summary>
    /// The attackers are in: close combat costs the garrison closeCombatDefenderLoss of its men and the attackers
    /// closeCombatExchange men for each of them; the survivors fall back over an open approach, or are overrun.
    /// </summary>
    private void BreakIn(int i, Xoshiro256StarStar rng)
    {
        var c = _scenario.Combat;
        var p = _positions;
        var assault = _attacker.Assault;
        var position = _model.Positions[i];
        var (defenderLoss, attackerLoss) = CloseCombat(rng, p.Garrison[i], assault[i]);
        p.Garrison[i] -= defenderLoss;
        _casualties.AddDefenderLosses(CombatKind.CloseCombat, defenderLoss, rng);
        GroupLoses(i, CombatKind.CloseCombat, attackerLoss, rng);

        var men = p.Garrison[i];
        p.Garrison[i] = 0;
        var refuge = position.HoldToLast ? -1 : FallBackTarget(i);
        if (refuge >= 0)
        {
            p.Garrison[refuge] += men;
            if (men > 0) Record(ChronicleKind.FellBack, position.Id, _model.Positions[refuge].Id, men);
        }
        else
        {
            var captured = _model.CapturedWhenOverrun.Draw(rng, men);
            _casualties.AddDefenderOverrun(killed: men - captured, captured: captured);
            if (men > 0) Record(ChronicleKind.Overrun, position.Id, men: men, amount: captured);
        }
        Capture(i);
    }

    /// <summary>
    /// The losses of a close combat: closeCombatDefenderLoss of the side broken into (a binomial draw), and
    /// closeCombatExchange of the side breaking in for each of those men (a binomial draw with that mean, at most all of them).
    /// </summary>
    private (int Defender, int Attacker) CloseCombat(Xoshiro256StarStar rng, int defenders, int attackers)
    {
        var c = _scenario.Combat;
        var defenderLoss = Sampling.Binomial(rng, defenders, c.CloseCombatDefenderLoss.Value);
        var attackerLoss = attackers == 0 ? 0 : Sampling.Binomial(rng, attackers, Math.Min(1, c.CloseCombatExchange * defenderLoss / attackers));
        return (defenderLoss, attackerLoss);
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
        BlowBridgesBehind(i);
    }

    /// <summary>
    /// The defender blows every bridge it has ready for demolition between the position just lost and one it still
    /// holds: giving up the far bank, it denies the crossing to the attacker.
    /// </summary>
    private void BlowBridgesBehind(int lost)
    {
        var p = _positions;
        var neighbours = _model.Neighbors[lost];
        var crossings = _model.NeighborCrossing[lost];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var c = crossings[k];
            if (c < 0 || !p.CrossingOpen[c] || !_model.Crossings[c].BlownByDefender || p.Holder[neighbours[k]] != Side.Defender) continue;
            p.DestroyCrossing(c);
            Record(ChronicleKind.CrossingDestroyed, _model.Crossings[c].Id);
        }
    }
}
