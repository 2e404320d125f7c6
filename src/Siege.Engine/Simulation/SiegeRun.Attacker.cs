using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The attacker's decisions: when to open and pause a general offensive, which positions to assault, bombardment.
internal sealed partial class SiegeRun
{
    private readonly AttackerState _attacker;

    private int AssaultInfantry()
    {
        var a = _attacker;
        var men = a.Pool;
        foreach (var i in a.Assaulted) men += a.Assault[i];
        return men;
    }

    private double ShellHours()
    {
        var perHour = _attacker.Guns * (_model.ShellSupply?.UsePerGunHour?.Value ?? 0);
        return perHour <= 0 ? double.PositiveInfinity : _attacker.Shells / perHour;
    }

    private void DecideOffensive()
    {
        var d = _scenario.AttackerDoctrine;
        var a = _attacker;
        var infantry = AssaultInfantry();
        if (!a.OffensiveActive)
        {
            // Cheapest conditions first: counting the defenders and finding the frontier loop over every position.
            var ready = _hour - a.PausedAtHour >= d.RegroupHours && ShellHours() >= d.OffensiveShellHours;
            if (ready && infantry >= d.OffensiveForceRatio * DefenderCombatants() && RefreshFrontier(includeCore: true).Count > 0)
            {
                a.OffensiveActive = true;
                a.OffensiveStartInfantry = infantry;
                a.OffensiveStartLosses = _casualties.AttackerLosses;
                a.OffensiveArrivals = 0;
                a.Offensives.Add(new OffensiveSpan(a.Offensives.Count + 1, _hour, null));
                Record(ChronicleKind.OffensiveBegins, men: infantry, amount: a.Shells, ordinal: a.Offensives.Count);
            }
            return;
        }

        var losses = _casualties.AttackerLosses - a.OffensiveStartLosses;
        var bled = losses >= d.PauseLossFraction * (a.OffensiveStartInfantry + a.OffensiveArrivals);
        var outOfShells = ShellHours() < d.PauseShellHours;
        if (bled || outOfShells)
        {
            a.OffensiveActive = false;
            a.PausedAtHour = _hour;
            CloseOpenOffensive(_hour);
            foreach (var i in a.Assaulted) WithdrawAssault(i);
            Record(ChronicleKind.OffensivePauses, bled ? "losses" : "shells", men: losses, amount: a.Shells, ordinal: a.Offensives.Count);
        }
    }

    private void CloseOpenOffensive(int hour)
    {
        var offensives = _attacker.Offensives;
        if (offensives.Count > 0 && offensives[^1].EndHour is null)
            offensives[^1] = offensives[^1] with { EndHour = hour };
    }

    /// <summary>
    /// Works out the frontier, the defender-held positions the attacker can reach from a position it holds over an
    /// open approach (the core left out when <paramref name="includeCore"/> is false), and stores the river
    /// multiplier of every position it examines in <see cref="AttackerState.RiverMultiplier"/>.
    /// </summary>
    /// <remarks>
    /// Both depend only on who holds what, where the attacker is present and which crossings stand. While none of
    /// these changes (<see cref="PositionsState.MapVersion"/> counts the changes), the frontier last worked out with
    /// the same <paramref name="includeCore"/> is still the answer, and every multiplier it would store holds the value
    /// it would store. Between offensives the two kinds alternate every hour, so each is kept.
    /// </remarks>
    private List<int> RefreshFrontier(bool includeCore)
    {
        var a = _attacker;
        var p = _positions;
        var frontier = includeCore ? a.FrontierWithCore : a.FrontierWithoutCore;
        if (frontier.Version == p.MapVersion) return frontier.Positions;
        frontier.Version = p.MapVersion;
        var positions = frontier.Positions;
        positions.Clear();
        var river = _scenario.Combat.RiverCrossing.Value;
        for (var i = 0; i < p.Holder.Length; i++)
        {
            if (p.Holder[i] != Side.Defender) continue;
            if (!includeCore && _model.Positions[i].Tier == Tier.Core) continue;
            var attackers = p.AttackingNeighbours(i, out var acrossRiver);
            a.RiverMultiplier[i] = attackers > 0 && acrossRiver == attackers ? river : 1.0;
            if (attackers > 0) positions.Add(i);
        }
        return positions;
    }

    private void AssignAssaultGroups()
    {
        var d = _scenario.AttackerDoctrine;
        var a = _attacker;
        var maxGroups = a.OffensiveActive ? (int)d.MaxAssaults.Value : 1;
        var commitment = a.OffensiveActive ? d.AssaultCommitment.Value : d.LocalAttackCommitment.Value;
        var groupSize = (int)(commitment * AssaultInfantry() / maxGroups);
        var groups = 0;
        foreach (var i in a.Assaulted)
        {
            if (a.Assault[i] == 0) continue;
            groups++;
            FeedGroup(i, groupSize);
        }
        if (groups >= maxGroups || a.Pool <= 0) return;

        var frontier = RefreshFrontier(includeCore: a.OffensiveActive);
        var rng = TargetingStream;
        var smallest = d.MinimumAssaultGroup.Value;
        while (groups < maxGroups && groupSize >= smallest && a.Pool >= groupSize)
        {
            var target = PickTarget(rng, frontier);
            if (target < 0) break;
            a.Assault[target] = groupSize;
            a.AssaultStart[target] = groupSize;
            a.Assaulted.Add(target);
            if (_positions.FirstAssaulted[target] < 0) _positions.FirstAssaulted[target] = _hour;
            a.Pool -= groupSize;
            groups++;
        }
    }

    /// <summary>Replaces the given share of a group's losses from the pool, never beyond the doctrine's group size.</summary>
    private void FeedGroup(int i, int groupSize)
    {
        var a = _attacker;
        var share = _scenario.AttackerDoctrine.AssaultTopUp.Value;
        if (share <= 0 || a.Pool <= 0 || a.Assault[i] >= groupSize) return;
        var men = Math.Min(a.Pool, (int)Math.Ceiling(share * (groupSize - a.Assault[i])));
        a.Assault[i] += men;
        a.AssaultStart[i] += men;
        a.Pool -= men;
    }

    /// <summary>Weighted draw among frontier positions not yet under assault: weak and key positions are preferred.</summary>
    private int PickTarget(Xoshiro256StarStar rng, List<int> frontier)
    {
        var assault = _attacker.Assault;
        var total = 0.0;
        foreach (var i in frontier) if (assault[i] == 0) total += TargetWeight(i);
        if (total <= 0) return -1;
        var u = rng.NextDouble() * total;
        foreach (var i in frontier)
        {
            if (assault[i] != 0) continue;
            u -= TargetWeight(i);
            if (u < 0) return i;
        }
        for (var k = frontier.Count - 1; k >= 0; k--) if (assault[frontier[k]] == 0) return frontier[k];
        return -1;
    }

    private double TargetWeight(int i)
    {
        var strength = _positions.Garrison[i] * DefenceMultiplier(i);
        var weight = 1.0 / (50.0 + strength);
        return _model.Positions[i].Key ? 2 * weight : weight;
    }

    private void WithdrawAssault(int i)
    {
        var a = _attacker;
        a.Pool += a.Assault[i];
        a.Assault[i] = 0;
        a.AssaultStart[i] = 0;
        a.Assaulted.Remove(i);
    }

    /// <summary>The guns fire in support of the assault groups; shells run down and works crumble.</summary>
    private void Bombard()
    {
        var a = _attacker;
        var groups = 0;
        foreach (var i in a.Assaulted) if (a.Assault[i] > 0) groups++;
        a.ArtillerySupport = 0;
        if (groups == 0 || a.Guns == 0 || _model.ShellSupply?.UsePerGunHour is not { } use) return;

        var share = Math.Min(1.0, groups / _scenario.AttackerDoctrine.MaxAssaults.Value);
        var demand = (long)Math.Ceiling(a.Guns * use.Value * share);
        var fired = Math.Min(demand, a.Shells);
        a.Shells -= fired;
        a.ShellsUsed += fired;
        a.ArtillerySupport = demand == 0 ? 0 : (double)fired / demand;
        if (fired == 0) return;

        var c = _scenario.Combat;
        var p = _positions;
        var perTarget = (double)fired / groups;
        var cap = c.BombardmentLossCap.Value;
        var rng = BombardmentStream;
        foreach (var i in a.Assaulted)
        {
            if (a.Assault[i] == 0) continue;
            p.Condition[i] = Math.Max(0, p.Condition[i] - c.FortificationDamagePerShell * perTarget);
            p.Damaged.Add(i);
            var hit = Sampling.Binomial(rng, p.Garrison[i], Math.Min(cap, c.BombardmentLethality * perTarget));
            p.Garrison[i] -= hit;
            _casualties.AddDefenderLosses(CombatKind.Bombardment, hit, rng);
        }
    }

    /// <summary>At dawn, occupiers of positions no longer in contact with the defender rejoin the assault infantry.</summary>
    private void ReleaseIdleOccupiers()
    {
        var p = _positions;
        for (var i = 0; i < p.Occupiers.Length; i++)
        {
            if (p.Occupiers[i] == 0 || _defender.Counter[i] > 0) continue;
            var contact = false;
            foreach (var j in _model.Neighbors[i]) contact |= p.Holder[j] == Side.Defender;
            if (contact) continue;
            _attacker.Pool += p.Occupiers[i];
            p.Occupiers[i] = 0;
        }
    }
}
