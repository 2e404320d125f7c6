using System.Numerics;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The garrison's decisions: a nightly flow of reinforcement from the reserve, counter-attacks on lost positions, repairs.
internal sealed partial class SiegeRun
{
    private readonly DefenderState _defender;

    private int DefenderCombatants()
    {
        var d = _defender;
        var men = d.Reserve + Sum(_positions.Garrison);
        foreach (var i in d.Counterattacked) men += d.Counter[i];
        return men;
    }

    /// <summary>
    /// The sum of the values, several at a time: integer addition wraps the same in any order, so this is the same
    /// number as a loop one by one.
    /// </summary>
    private static int Sum(int[] values)
    {
        var lanes = Vector<int>.Zero;
        var i = 0;
        for (; i <= values.Length - Vector<int>.Count; i += Vector<int>.Count) lanes += new Vector<int>(values, i);
        var sum = Vector.Sum(lanes);
        for (; i < values.Length; i++) sum += values[i];
        return sum;
    }

    private int ReserveFloor => (int)(_scenario.DefenderDoctrine.ReserveFloorFraction * _defender.FullStrength);

    /// <summary>Marks the defender-held positions the reserve can reach from the core over open approaches.</summary>
    private void FindPositionsConnectedToCore()
    {
        var d = _defender;
        var p = _positions;
        // They depend only on who holds what and which crossings stand (the map version).
        if (d.ConnectedVersion == p.MapVersion) return;
        d.ConnectedVersion = p.MapVersion;
        var connected = d.Connected;
        var search = d.Search;
        Array.Clear(connected);
        search.Clear();
        for (var i = 0; i < p.Holder.Length; i++)
        {
            if (p.Holder[i] == Side.Defender && _model.Positions[i].Tier == Tier.Core)
            {
                connected[i] = true;
                search.Enqueue(i);
            }
        }
        while (search.Count > 0)
        {
            var i = search.Dequeue();
            var neighbours = _model.Neighbors[i];
            for (var k = 0; k < neighbours.Length; k++)
            {
                var j = neighbours[k];
                if (connected[j] || p.Holder[j] != Side.Defender || !p.ApproachOpen(i, k)) continue;
                connected[j] = true;
                search.Enqueue(j);
            }
        }
    }

    private bool Threatened(int i) => _attacker.Assault[i] > 0 || _positions.AttackingNeighbours(i, out _) > 0;

    /// <summary>
    /// At dusk, threatened positions of the main, second and core lines get men from the reserve, key positions first:
    /// at most nightlyReinforcementMen each, as many as can be brought up in a night, and never beyond the planned
    /// garrison. Warning positions, outposts and the east bank are screens: they fight with what they were given (the
    /// deployment plan gave each independent strongpoint one company [li-2005]).
    /// </summary>
    private void ReinforceThreatenedPositions()
    {
        FindPositionsConnectedToCore();
        var d = _defender;
        var p = _positions;
        var flow = (int)_scenario.DefenderDoctrine.NightlyReinforcementMen.Value;
        foreach (var i in _model.ByPriority)
        {
            if (p.Holder[i] != Side.Defender || !d.Connected[i] || p.Garrison[i] >= p.Planned[i] || _model.Positions[i].Tier < Tier.Main) continue;
            if (!Threatened(i)) continue;
            var men = Math.Min(Math.Min(flow, p.Planned[i] - p.Garrison[i]), d.Reserve - ReserveFloor);
            if (men <= 0) return;
            p.Garrison[i] += men;
            d.Reserve -= men;
        }
    }

    /// <summary>
    /// At night, positions lost within the window that border a defender-held position linked to the core are
    /// counter-attacked, key positions first and then the most recently lost, if the reserve can send enough men.
    /// </summary>
    private void LaunchCounterattacks()
    {
        var doctrine = _scenario.DefenderDoctrine;
        var d = _defender;
        var p = _positions;
        var candidates = d.Candidates;
        var count = 0;
        var window = doctrine.CounterattackWindowHours.Value;
        // In ascending order, as a loop over every position would meet them. A position leaves the set once retaken or
        // once its window has passed; it comes back only by being lost again.
        foreach (var i in p.RecentlyLost)
        {
            if (p.Holder[i] != Side.Attacker || _hour - p.LostAt[i] > window)
            {
                p.RecentlyLost.Remove(i);
                continue;
            }
            if (d.Counter[i] > 0) continue;
            if (count == 0) FindPositionsConnectedToCore();
            if (ReachableFromConnected(i)) candidates[count++] = i;
        }
        SortByCounterattackPriority(candidates, count);
        for (var k = 0; k < count; k++)
        {
            var i = candidates[k];
            var needed = (int)Math.Ceiling(doctrine.CounterattackRatio * Math.Max(p.Occupiers[i], 1));
            needed = Math.Max(needed, (int)Math.Ceiling(doctrine.MinimumCounterattack.Value));
            // The floor is kept back from reinforcement precisely so that counter-attacks can draw on it.
            if (d.Reserve < needed) continue;
            d.Counter[i] = needed;
            d.CounterStart[i] = needed;
            d.Counterattacked.Add(i);
            d.Reserve -= needed;
        }
    }

    /// <summary>Key positions first, then the most recently lost, then by index: an insertion sort, as there are a few.</summary>
    private void SortByCounterattackPriority(int[] candidates, int count)
    {
        for (var k = 1; k < count; k++)
        {
            var i = candidates[k];
            var m = k - 1;
            while (m >= 0 && ComesBefore(i, candidates[m]))
            {
                candidates[m + 1] = candidates[m];
                m--;
            }
            candidates[m + 1] = i;
        }
    }

    private bool ComesBefore(int i, int j)
    {
        var key = _model.Positions[i].Key;
        if (key != _model.Positions[j].Key) return key;
        var lost = _positions.LostAt;
        return lost[i] != lost[j] ? lost[i] > lost[j] : i < j;
    }

    private bool ReachableFromConnected(int i)
    {
        var p = _positions;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
            if (_defender.Connected[neighbours[k]] && p.Holder[neighbours[k]] == Side.Defender && p.ApproachOpen(i, k)) return true;
        return false;
    }

    /// <summary>
    /// Each night hour the counter-attackers and the occupiers, who hold the position in a hasty defence, exchange
    /// fire under the square law; then the counter-attackers may break in, by the assault's rule with the
    /// counter-attack's own factors: night surprise, and the occupiers' disorganisation in their first hours.
    /// </summary>
    private void ResolveCounterattacks()
    {
        var c = _scenario.Combat;
        var d = _defender;
        var p = _positions;
        var exhausted = 1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction;
        var counterFactor = d.Quality * d.Firepower * c.CounterattackNightSurprise;
        foreach (var i in d.Counterattacked)
        {
            if (d.Counter[i] == 0) continue;
            if (p.Occupiers[i] == 0)
            {
                // Nobody holds it: the position is simply taken back.
                Retake(i);
                continue;
            }
            var rng = CounterattackStream(i);
            var multiplier = c.PostureHasty * _model.BaseDefence[i];
            var engaged = Math.Min(d.Counter[i], c.AssaultFrontage.Value);
            var occupiers = p.Occupiers[i];
            var occupierLoss = Sampling.Binomial(rng, occupiers, Math.Min(1, c.DefenderKillRate * engaged * d.Quality * d.Firepower / multiplier / 24.0 / occupiers));
            var counterLoss = Sampling.Binomial(rng, d.Counter[i], Math.Min(1, c.AttackerKillRate * occupiers * _attacker.Quality * multiplier / 24.0 / d.Counter[i]));
            p.Occupiers[i] -= occupierLoss;
            d.Counter[i] -= counterLoss;
            AttackerLost(_attacker.OccupierFormation[i], CombatKind.Counterattack, occupierLoss, rng);
            _casualties.AddDefenderLosses(CombatKind.Counterattack, counterLoss, rng);

            if (p.Occupiers[i] == 0) Retake(i);
            else if (d.Counter[i] < exhausted * d.CounterStart[i]) CounterattackFails(i);
            else
            {
                var disorganised = _hour - p.LostAt[i] < c.OccupiersDisorganisedHours ? c.DisorganisedFactor.Value : 1.0;
                var holding = p.Occupiers[i] + c.SupportingFireShare * SupportingOccupiers(i);
                var ratio = FireRatio(Math.Min(d.Counter[i], c.AssaultFrontage.Value), counterFactor * disorganised, holding, _attacker.Quality, multiplier);
                if (BreaksIn(c, ratio, rng.NextDouble())) CounterattackBreaksIn(i, rng);
            }
        }
    }

    /// <summary>Occupiers of the attacker-held positions next to i, whose fire covers its approaches.</summary>
    private int SupportingOccupiers(int i)
    {
        var p = _positions;
        var men = 0;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (p.Holder[j] == Side.Attacker && p.ApproachOpen(i, k)) men += p.Occupiers[j];
        }
        return men;
    }

    /// <summary>
    /// The counter-attackers are in: close combat the other way. The surviving occupiers withdraw to an adjacent
    /// position the attacker holds, over an open approach, or are killed: the garrison took no prisoners.
    /// </summary>
    private void CounterattackBreaksIn(int i, Xoshiro256StarStar rng)
    {
        var d = _defender;
        var p = _positions;
        var (occupierLoss, counterLoss) = CloseCombat(rng, p.Occupiers[i], d.Counter[i]);
        var formation = _attacker.OccupierFormation[i];
        p.Occupiers[i] -= occupierLoss;
        d.Counter[i] -= counterLoss;
        AttackerLost(formation, CombatKind.Counterattack, occupierLoss, rng);
        _casualties.AddDefenderLosses(CombatKind.Counterattack, counterLoss, rng);

        // The survivors withdraw to their own lines and rejoin their formation, or, cut off, are killed.
        var survivors = p.Occupiers[i];
        p.Occupiers[i] = 0;
        if (WithdrawalTarget(i) >= 0) _attacker.Ready[formation] += survivors;
        else
        {
            _attacker.Losses[formation] += survivors;
            _attacker.Killed[formation] += survivors;
            _casualties.AddAttackerKilled(CombatKind.Counterattack, survivors);
        }
        Retake(i);
    }

    /// <summary>
    /// Where occupiers driven out of position i go: an adjacent attacker-held position with the attacker there, over an
    /// open approach; a taken position with the most occupiers before a staging area. -1 if there is none.
    /// </summary>
    private int WithdrawalTarget(int i)
    {
        var p = _positions;
        var best = -1;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (p.Holder[j] != Side.Attacker || !p.AttackerPresent[j] || !p.ApproachOpen(i, k)) continue;
            if (best < 0 || (p.LostAt[j] >= 0 && (p.LostAt[best] < 0 || p.Occupiers[j] > p.Occupiers[best]))) best = j;
        }
        return best;
    }

    private void Retake(int i)
    {
        var d = _defender;
        var p = _positions;
        p.MarkRetaken(i);
        p.Garrison[i] += d.Counter[i];
        Record(ChronicleKind.PositionRetaken, _model.Positions[i].Id, men: d.Counter[i]);
        d.Counter[i] = 0;
        d.CounterStart[i] = 0;
        d.Counterattacked.Remove(i);
    }

    private void CounterattackFails(int i)
    {
        var d = _defender;
        Record(ChronicleKind.CounterattackFailed, _model.Positions[i].Id, men: d.CounterStart[i] - d.Counter[i]);
        d.Reserve += d.Counter[i];
        d.Counter[i] = 0;
        d.CounterStart[i] = 0;
        d.Counterattacked.Remove(i);
    }

    /// <summary>At dawn, counter-attacks that have not succeeded are called off.</summary>
    private void EndCounterattacks()
    {
        foreach (var i in _defender.Counterattacked) if (_defender.Counter[i] > 0) CounterattackFails(i);
    }

    private void RepairFortifications()
    {
        var p = _positions;
        var repair = _scenario.Combat.FortificationRepairPerNightHour.Value;
        // Works in full condition stay so (min(1, 1 + repair) = 1), so only damaged ones need a visit; a negative (or
        // NaN) repair rate, which the loader rejects, would change every position and is handled the long way.
        if (!(repair >= 0)) for (var i = 0; i < p.Condition.Length; i++) p.Damaged.Add(i);
        foreach (var i in p.Damaged)
        {
            if (p.Holder[i] == Side.Defender && p.Garrison[i] > 0 && _attacker.Assault[i] == 0)
                p.Condition[i] = Math.Min(1.0, p.Condition[i] + repair);
            if (p.Condition[i] == 1.0) p.Damaged.Remove(i);
        }
    }
}
