using System.Numerics;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The garrison's decisions: night reinforcement from the reserve, counter-attacks on lost key positions, repairs.
internal sealed partial class SiegeRun
{
    private readonly bool[] _connected;
    private readonly int[] _occupiersAtCounter;
    private readonly Queue<int> _search = new();
    // The positions connected to the core depend only on who holds what and which crossings stand (_mapVersion).
    private int _connectedVersion = -1;

    private int DefenderCombatants()
    {
        var men = _reserve + Sum(_garrison);
        foreach (var i in _counterattacked) men += _counter[i];
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

    private int ReserveFloor => (int)(_scenario.DefenderDoctrine.ReserveFloorFraction * FullStrength);

    /// <summary>Marks the defender-held positions the reserve can reach from the core over open approaches.</summary>
    private void FindPositionsConnectedToCore()
    {
        if (_connectedVersion == _mapVersion) return;
        _connectedVersion = _mapVersion;
        Array.Clear(_connected);
        _search.Clear();
        for (var i = 0; i < _holder.Length; i++)
        {
            if (_holder[i] == Side.Defender && _model.Positions[i].Tier == Tier.Core)
            {
                _connected[i] = true;
                _search.Enqueue(i);
            }
        }
        while (_search.Count > 0)
        {
            var i = _search.Dequeue();
            var neighbours = _model.Neighbors[i];
            for (var k = 0; k < neighbours.Length; k++)
            {
                var j = neighbours[k];
                if (_connected[j] || _holder[j] != Side.Defender || !ApproachOpen(i, k)) continue;
                _connected[j] = true;
                _search.Enqueue(j);
            }
        }
    }

    private bool Threatened(int i) => _assault[i] > 0 || AttackableFrom(i) > 0;

    /// <summary>
    /// At dusk, threatened positions of the main, second and core lines that have lost too many men are brought back
    /// up from the reserve, key positions first. Warning positions, outposts and the east bank are screens: they fight
    /// with what they were given (the deployment plan gave each independent strongpoint one company [li-2005]).
    /// </summary>
    private void ReinforceThreatenedPositions()
    {
        FindPositionsConnectedToCore();
        var threshold = _scenario.DefenderDoctrine.ReinforceBelowFraction.Value;
        foreach (var i in _model.ByPriority)
        {
            if (_holder[i] != Side.Defender || !_connected[i] || _planned[i] == 0 || _model.Positions[i].Tier < Tier.Main) continue;
            if (_garrison[i] >= threshold * _planned[i] || !Threatened(i)) continue;
            var men = Math.Min(_planned[i] - _garrison[i], _reserve - ReserveFloor);
            if (men <= 0) return;
            _garrison[i] += men;
            _reserve -= men;
        }
    }

    /// <summary>At night, key positions lost recently are counter-attacked if the reserve can send enough men.</summary>
    private void LaunchCounterattacks()
    {
        var d = _scenario.DefenderDoctrine;
        var searched = false;
        foreach (var i in _model.KeyPositions)
        {
            if (_holder[i] != Side.Attacker || _counter[i] > 0 || _lostAt[i] < 0) continue;
            if (_hour - _lostAt[i] > d.CounterattackWindowHours) continue;
            if (!searched)
            {
                FindPositionsConnectedToCore();
                searched = true;
            }
            if (!ReachableFromConnected(i)) continue;
            var needed = (int)Math.Ceiling(d.CounterattackRatio * Math.Max(_occupiers[i], 1));
            needed = Math.Max(needed, MinimumGroup);
            // The floor is kept back from reinforcement precisely so that counter-attacks can draw on it.
            if (_reserve < needed) continue;
            _counter[i] = needed;
            _counterStart[i] = needed;
            _counterattacked.Add(i);
            _occupiersAtCounter[i] = _occupiers[i];
            _reserve -= needed;
        }
    }

    private bool ReachableFromConnected(int i)
    {
        var neighbours = _model.Neighbors[i];
        for (var k = 0; k < neighbours.Length; k++)
            if (_connected[neighbours[k]] && _holder[neighbours[k]] == Side.Defender && ApproachOpen(i, k)) return true;
        return false;
    }

    /// <summary>Counter-attackers fight the occupiers, who hold the position in a hasty defence.</summary>
    private void ResolveCounterattacks()
    {
        var c = _scenario.Combat;
        var d = _scenario.DefenderDoctrine;
        foreach (var i in _counterattacked)
        {
            if (_counter[i] == 0) continue;
            var rng = CounterattackStream(i);
            var multiplier = c.PostureHasty * _model.BaseDefence[i];
            var attackers = (int)Math.Min(_counter[i], c.AssaultFrontage.Value);
            var occupiers = _occupiers[i];
            if (occupiers > 0)
            {
                var occupierLoss = Sampling.Binomial(rng, occupiers, Math.Min(1, c.DefenderKillRate * attackers * DefenderQuality * _firepower / multiplier / 24.0 / occupiers));
                var counterLoss = Sampling.Binomial(rng, _counter[i], Math.Min(1, c.AttackerKillRate * occupiers * AttackerQuality * multiplier / 24.0 / _counter[i]));
                _occupiers[i] -= occupierLoss;
                _counter[i] -= counterLoss;
                AddAttackerLosses(occupierLoss, rng);
                AddDefenderLosses(counterLoss, rng);
            }
            // The occupiers give the position up when overrun, or when they have lost as much as a spent assault group
            // and are outnumbered; the attacker's own rule for breaking off, applied to it in defence.
            var spent = _occupiers[i] < (1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction) * _occupiersAtCounter[i]
                && _counter[i] > _occupiers[i] * multiplier;
            if (_occupiers[i] < d.OverrunBelowMen || spent) Retake(i);
            else if (_counter[i] < (1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction) * _counterStart[i]) CounterattackFails(i);
        }
    }

    private void Retake(int i)
    {
        _pool += _occupiers[i];
        _occupiers[i] = 0;
        _holder[i] = Side.Defender;
        _holdersChanged = true;
        _mapVersion++;
        if (_condition[i] != 1.0) _damaged.Add(i);
        _garrison[i] += _counter[i];
        Record(ChronicleKind.PositionRetaken, _model.Positions[i].Id, men: _counter[i]);
        _counter[i] = 0;
        _counterStart[i] = 0;
        _counterattacked.Remove(i);
        _changes[i]++;
    }

    private void CounterattackFails(int i)
    {
        Record(ChronicleKind.CounterattackFailed, _model.Positions[i].Id, men: _counterStart[i] - _counter[i]);
        _reserve += _counter[i];
        _counter[i] = 0;
        _counterStart[i] = 0;
        _counterattacked.Remove(i);
    }

    /// <summary>At dawn, counter-attacks that have not succeeded are called off.</summary>
    private void EndCounterattacks()
    {
        foreach (var i in _counterattacked) if (_counter[i] > 0) CounterattackFails(i);
    }

    private void RepairFortifications()
    {
        var repair = _scenario.Combat.FortificationRepairPerNightHour.Value;
        // Works in full condition stay so (min(1, 1 + repair) = 1), so only damaged ones need a visit; a negative (or
        // NaN) repair rate, which the loader rejects, would change every position and is handled the long way.
        if (!(repair >= 0)) for (var i = 0; i < _condition.Length; i++) _damaged.Add(i);
        foreach (var i in _damaged)
        {
            if (_holder[i] == Side.Defender && _garrison[i] > 0 && _assault[i] == 0)
                _condition[i] = Math.Min(1.0, _condition[i] + repair);
            if (_condition[i] == 1.0) _damaged.Remove(i);
        }
    }
}
