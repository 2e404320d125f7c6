using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The attacker's decisions: when to open and pause a general offensive, which positions to assault, bombardment.
internal sealed partial class SiegeRun
{
    private bool _offensiveActive;
    private int _offensiveStartHour;
    private int _offensiveStartInfantry;
    private int _offensiveStartLosses;
    // Assault infantry that arrived while the offensive ran: it joins the offensive's strength.
    private int _offensiveArrivals;
    private int _pausedAtHour = int.MinValue / 2;
    private double _artillerySupport;

    private int AssaultInfantry()
    {
        var men = _pool;
        foreach (var i in _assaulted) men += _assault[i];
        return men;
    }

    private double ShellHours()
    {
        var perHour = _guns * (_model.ShellSupply?.UsePerGunHour?.Value ?? 0);
        return perHour <= 0 ? double.PositiveInfinity : _shells / perHour;
    }

    private void DecideOffensive()
    {
        var d = _scenario.AttackerDoctrine;
        var infantry = AssaultInfantry();
        if (!_offensiveActive)
        {
            // Cheapest conditions first: counting the defenders and finding the frontier loop over every position.
            var ready = _hour - _pausedAtHour >= d.RegroupHours && ShellHours() >= d.OffensiveShellHours;
            if (ready && infantry >= d.OffensiveForceRatio * DefenderCombatants() && ComputeFrontier(includeCore: true).Count > 0)
            {
                _offensiveActive = true;
                _offensiveStartHour = _hour;
                _offensiveStartInfantry = infantry;
                _offensiveStartLosses = _attackerKilled + _attackerWounded;
                _offensiveArrivals = 0;
                _offensives.Add(new OffensiveSpan(_offensives.Count + 1, _hour, null));
                Record(ChronicleKind.OffensiveBegins, men: infantry, amount: _shells, ordinal: _offensives.Count);
            }
            return;
        }

        var losses = _attackerKilled + _attackerWounded - _offensiveStartLosses;
        var bled = losses >= d.PauseLossFraction * (_offensiveStartInfantry + _offensiveArrivals);
        var outOfShells = ShellHours() < d.PauseShellHours;
        if (bled || outOfShells)
        {
            _offensiveActive = false;
            _pausedAtHour = _hour;
            CloseOpenOffensive(_hour);
            foreach (var i in _assaulted) WithdrawAssault(i);
            Record(ChronicleKind.OffensivePauses, bled ? "losses" : "shells", men: losses, amount: _shells, ordinal: _offensives.Count);
        }
    }

    private void CloseOpenOffensive(int hour)
    {
        if (_offensives.Count > 0 && _offensives[^1].EndHour is null)
            _offensives[^1] = _offensives[^1] with { EndHour = hour };
    }

    /// <summary>A frontier worked out at one <see cref="_mapVersion"/>.</summary>
    private sealed class Frontier
    {
        public List<int> Positions { get; } = [];
        public int Version { get; set; } = -1;
    }

    /// <summary>Defender-held positions that the attacker can reach from a position it holds over an open approach.</summary>
    /// <remarks>
    /// The frontier, and the river multipliers AttackableFrom sets on the way, depend only on who holds what, where
    /// the attacker is present and which crossings stand. While none of these changes (_mapVersion counts the
    /// changes), the frontier last worked out with the same <paramref name="includeCore"/> is still the answer, and
    /// every multiplier it would set holds the value it would set. Between offensives the two kinds alternate every
    /// hour, so each is kept.
    /// </remarks>
    private List<int> ComputeFrontier(bool includeCore)
    {
        var frontier = includeCore ? _frontierWithCore : _frontierWithoutCore;
        if (frontier.Version == _mapVersion) return frontier.Positions;
        frontier.Version = _mapVersion;
        var positions = frontier.Positions;
        positions.Clear();
        for (var i = 0; i < _holder.Length; i++)
        {
            if (_holder[i] != Side.Defender) continue;
            if (!includeCore && _model.Positions[i].Tier == Tier.Core) continue;
            if (AttackableFrom(i) > 0) positions.Add(i);
        }
        return positions;
    }

    /// <summary>How many attacker-held neighbours can attack position i; sets the river multiplier when all of them are across a river.</summary>
    private int AttackableFrom(int i)
    {
        var neighbours = _model.Neighbors[i];
        var count = 0;
        var overRiver = 0;
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (_holder[j] != Side.Attacker || !_attackerPresent[j] || !ApproachOpen(i, k)) continue;
            count++;
            if (_model.NeighborCrossing[i][k] >= 0) overRiver++;
        }
        _assaultRiver[i] = count > 0 && overRiver == count ? _scenario.Combat.RiverCrossing.Value : 1.0;
        return count;
    }

    private void AssignAssaultGroups()
    {
        var d = _scenario.AttackerDoctrine;
        var maxGroups = _offensiveActive ? (int)d.MaxAssaults.Value : 1;
        var commitment = _offensiveActive ? d.AssaultCommitment.Value : d.LocalAttackCommitment.Value;
        var groupSize = (int)(commitment * AssaultInfantry() / maxGroups);
        var groups = 0;
        foreach (var i in _assaulted)
        {
            if (_assault[i] == 0) continue;
            groups++;
            FeedGroup(i, groupSize);
        }
        if (groups >= maxGroups || _pool <= 0) return;

        var frontier = ComputeFrontier(includeCore: _offensiveActive);
        var rng = TargetingStream;
        while (groups < maxGroups && groupSize >= MinimumGroup && _pool >= groupSize)
        {
            var target = PickTarget(rng, frontier);
            if (target < 0) break;
            _assault[target] = groupSize;
            _assaultStart[target] = groupSize;
            _assaulted.Add(target);
            _pool -= groupSize;
            groups++;
        }
    }

    /// <summary>Replaces the given share of a group's losses from the pool, never beyond the doctrine's group size.</summary>
    private void FeedGroup(int i, int groupSize)
    {
        var share = _scenario.AttackerDoctrine.AssaultTopUp.Value;
        if (share <= 0 || _pool <= 0 || _assault[i] >= groupSize) return;
        var men = Math.Min(_pool, (int)Math.Ceiling(share * (groupSize - _assault[i])));
        _assault[i] += men;
        _assaultStart[i] += men;
        _pool -= men;
    }

    /// <summary>Smallest assault group worth sending: a company.</summary>
    private const int MinimumGroup = 100;

    /// <summary>Weighted draw among frontier positions not yet under assault: weak and key positions are preferred.</summary>
    private int PickTarget(Xoshiro256StarStar rng, List<int> frontier)
    {
        var total = 0.0;
        foreach (var i in frontier) if (_assault[i] == 0) total += TargetWeight(i);
        if (total <= 0) return -1;
        var u = rng.NextDouble() * total;
        foreach (var i in frontier)
        {
            if (_assault[i] != 0) continue;
            u -= TargetWeight(i);
            if (u < 0) return i;
        }
        for (var k = frontier.Count - 1; k >= 0; k--) if (_assault[frontier[k]] == 0) return frontier[k];
        return -1;
    }

    private double TargetWeight(int i)
    {
        var strength = _garrison[i] * DefenceMultiplier(i);
        var weight = 1.0 / (50.0 + strength);
        return _model.Positions[i].Key ? 2 * weight : weight;
    }

    private void WithdrawAssault(int i)
    {
        _pool += _assault[i];
        _assault[i] = 0;
        _assaultStart[i] = 0;
        _assaulted.Remove(i);
    }

    /// <summary>The guns fire in support of the assault groups; shells run down and works crumble.</summary>
    private void Bombard()
    {
        var groups = 0;
        foreach (var i in _assaulted) if (_assault[i] > 0) groups++;
        _artillerySupport = 0;
        if (groups == 0 || _guns == 0 || _model.ShellSupply?.UsePerGunHour is not { } use) return;

        var share = Math.Min(1.0, groups / _scenario.AttackerDoctrine.MaxAssaults.Value);
        var demand = (long)Math.Ceiling(_guns * use.Value * share);
        var fired = Math.Min(demand, _shells);
        _shells -= fired;
        _shellsUsed += fired;
        _artillerySupport = demand == 0 ? 0 : (double)fired / demand;
        if (fired == 0) return;

        var c = _scenario.Combat;
        var perTarget = (double)fired / groups;
        var rng = BombardmentStream;
        foreach (var i in _assaulted)
        {
            if (_assault[i] == 0) continue;
            _condition[i] = Math.Max(0, _condition[i] - c.FortificationDamagePerShell * perTarget);
            _damaged.Add(i);
            var hit = Sampling.Binomial(rng, _garrison[i], Math.Min(0.5, c.BombardmentLethality * perTarget));
            _garrison[i] -= hit;
            AddDefenderLosses(hit, rng);
        }
    }

    /// <summary>At dawn, occupiers of positions no longer in contact with the defender rejoin the assault infantry.</summary>
    private void ReleaseIdleOccupiers()
    {
        for (var i = 0; i < _occupiers.Length; i++)
        {
            if (_occupiers[i] == 0 || _counter[i] > 0) continue;
            var contact = false;
            foreach (var j in _model.Neighbors[i]) contact |= _holder[j] == Side.Defender;
            if (contact) continue;
            _pool += _occupiers[i];
            _occupiers[i] = 0;
        }
    }
}
