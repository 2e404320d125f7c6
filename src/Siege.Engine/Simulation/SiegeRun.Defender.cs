using System.Numerics;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The garrison's decisions: night reinforcement from the reserve, counter-attacks on lost key positions, repairs.
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
    /// At dusk, threatened positions of the main, second and core lines that have lost too many men are brought back
    /// up from the reserve, key positions first. Warning positions, outposts and the east bank are screens: they fight
    /// with what they were given (the deployment plan gave each independent strongpoint one company [li-2005]).
    /// </summary>
    private void ReinforceThreatenedPositions()
    {
        FindPositionsConnectedToCore();
        var d = _defender;
        var p = _positions;
        var threshold = _scenario.DefenderDoctrine.ReinforceBelowFraction.Value;
        foreach (var i in _model.ByPriority)
        {
            if (p.Holder[i] != Side.Defender || !d.Connected[i] || p.Planned[i] == 0 || _model.Positions[i].Tier < Tier.Main) continue;
            if (p.Garrison[i] >= threshold * p.Planned[i] || !Threatened(i)) continue;
            var men = Math.Min(p.Planned[i] - p.Garrison[i], d.Reserve - ReserveFloor);
            if (men <= 0) return;
            p.Garrison[i] += men;
            d.Reserve -= men;
        }
    }

    /// <summary>At night, key positions lost recently are counter-attacked if the reserve can send enough men.</summary>
    private void LaunchCounterattacks()
    {
        var doctrine = _scenario.DefenderDoctrine;
        var d = _defender;
        var p = _positions;
        var searched = false;
        foreach (var i in _model.KeyPositions)
        {
            if (p.Holder[i] != Side.Attacker || d.Counter[i] > 0 || p.LostAt[i] < 0) continue;
            if (_hour - p.LostAt[i] > doctrine.CounterattackWindowHours) continue;
            if (!searched)
            {
                FindPositionsConnectedToCore();
                searched = true;
            }
            if (!ReachableFromConnected(i)) continue;
            var needed = (int)Math.Ceiling(doctrine.CounterattackRatio * Math.Max(p.Occupiers[i], 1));
            needed = Math.Max(needed, (int)Math.Ceiling(doctrine.MinimumCounterattack.Value));
            // The floor is kept back from reinforcement precisely so that counter-attacks can draw on it.
            if (d.Reserve < needed) continue;
            d.Counter[i] = needed;
            d.CounterStart[i] = needed;
            d.Counterattacked.Add(i);
            d.OccupiersAtCounter[i] = p.Occupiers[i];
            d.Reserve -= needed;
        }
    }

    private bool ReachableFromConnected(int i)
    {
        var p = _positions;
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
            if (_defender.Connected[neighbours[k]] && p.Holder[neighbours[k]] == Side.Defender && p.ApproachOpen(i, k)) return true;
        return false;
    }

    /// <summary>Counter-attackers fight the occupiers, who hold the position in a hasty defence.</summary>
    private void ResolveCounterattacks()
    {
        var c = _scenario.Combat;
        var doctrine = _scenario.DefenderDoctrine;
        var d = _defender;
        var p = _positions;
        var exhausted = 1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction;
        foreach (var i in d.Counterattacked)
        {
            if (d.Counter[i] == 0) continue;
            var rng = CounterattackStream(i);
            var multiplier = c.PostureHasty * _model.BaseDefence[i];
            var attackers = (int)Math.Min(d.Counter[i], c.AssaultFrontage.Value);
            var occupiers = p.Occupiers[i];
            if (occupiers > 0)
            {
                var occupierLoss = Sampling.Binomial(rng, occupiers, Math.Min(1, c.DefenderKillRate * attackers * d.Quality * d.Firepower / multiplier / 24.0 / occupiers));
                var counterLoss = Sampling.Binomial(rng, d.Counter[i], Math.Min(1, c.AttackerKillRate * occupiers * _attacker.Quality * multiplier / 24.0 / d.Counter[i]));
                p.Occupiers[i] -= occupierLoss;
                d.Counter[i] -= counterLoss;
                AttackerLost(_attacker.OccupierFormation[i], CombatKind.FireFight, occupierLoss, rng);
                _casualties.AddDefenderLosses(CombatKind.FireFight, counterLoss, rng);
            }
            // The occupiers give the position up when overrun, or when they have lost as much as a spent assault group
            // and are outnumbered; the attacker's own rule for breaking off, applied to it in defence.
            var spent = p.Occupiers[i] < exhausted * d.OccupiersAtCounter[i] && d.Counter[i] > p.Occupiers[i] * multiplier;
            if (p.Occupiers[i] < doctrine.OverrunBelowMen || spent) Retake(i);
            else if (d.Counter[i] < exhausted * d.CounterStart[i]) CounterattackFails(i);
        }
    }

    private void Retake(int i)
    {
        var d = _defender;
        var p = _positions;
        _attacker.Ready[_attacker.OccupierFormation[i]] += p.Occupiers[i];
        p.Occupiers[i] = 0;
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
