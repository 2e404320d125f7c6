using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The attacker's decisions: when to open and pause a general offensive, which positions each formation assaults
// along its axis, bombardment.
internal sealed partial class SiegeRun
{
    private readonly AttackerState _attacker;
    // The next attacker arrival to become ready (it trails _nextAttackerArrival by preparationHours).
    private int _nextReadyArrival;

    /// <summary>Ready assault infantry of every formation and the men in assault groups: what the force ratio counts.</summary>
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
                a.OffensiveStartLosses = _casualties.AttackerLossesAtTheCity;
                a.OffensiveArrivals = 0;
                a.Offensives.Add(new OffensiveSpan(a.Offensives.Count + 1, _hour, null));
                Record(ChronicleKind.OffensiveBegins, men: infantry, amount: a.Shells, ordinal: a.Offensives.Count);
            }
            return;
        }

        var losses = _casualties.AttackerLossesAtTheCity - a.OffensiveStartLosses;
        var bled = losses >= d.PauseLossFraction * (a.OffensiveStartInfantry + a.OffensiveArrivals);
        var outOfShells = ShellHours() < d.PauseShellHours;
        // Below the opening ratio by a margin, so that an offensive opened at the threshold does not stop in the next hour.
        var outnumbered = !bled && !outOfShells && infantry < d.PauseForceRatio * DefenderCombatants();
        if (bled || outOfShells || outnumbered)
        {
            a.OffensiveActive = false;
            a.PausedAtHour = _hour;
            CloseOpenOffensive(_hour);
            foreach (var i in a.Assaulted) WithdrawAssault(i);
            Record(ChronicleKind.OffensivePauses, bled ? "losses" : outOfShells ? "shells" : "strength", men: losses, amount: a.Shells, ordinal: a.Offensives.Count);
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

    /// <summary>
    /// During an offensive every formation with assault infantry keeps up to assaultsPerFormation groups in action
    /// along its own axis; between offensives there is one local attack, by the formation with most ready infantry.
    /// </summary>
    private void AssignAssaultGroups()
    {
        var d = _scenario.AttackerDoctrine;
        var a = _attacker;
        if (d.AssaultTopUp.Value > 0)
            foreach (var i in a.Assaulted) if (a.Assault[i] > 0) FeedGroup(i);

        var smallest = d.MinimumAssaultGroup.Value;
        var formations = _model.Formations;
        if (a.OffensiveActive)
        {
            var perFormation = (int)d.AssaultsPerFormation.Value;
            var planned = 0;
            List<int>? frontier = null;
            for (var f = 0; f < formations.Length; f++)
            {
                var infantry = a.Ready[f] + a.InGroups[f];
                if (!formations[f].AssaultInfantry || infantry <= 0) continue;
                planned += perFormation;
                var size = GroupSize(f, d.AssaultCommitment.Value, perFormation);
                while (a.Groups[f] < perFormation && size >= smallest && a.Ready[f] >= size)
                {
                    frontier ??= RefreshFrontier(includeCore: true);
                    var target = PickTarget(f, frontier);
                    // With every position on its axis already under assault, the formation joins the nearest fight.
                    if (target < 0) target = NearestAssaulted(f, frontier);
                    if (target < 0) break;
                    SendGroup(target, f, size);
                }
            }
            a.PlannedGroups = planned;
            return;
        }

        foreach (var i in a.Assaulted) if (a.Assault[i] > 0) return;
        var attacker = -1;
        for (var f = 0; f < formations.Length; f++)
            if (a.Ready[f] > 0 && (attacker < 0 || a.Ready[f] > a.Ready[attacker])) attacker = f;
        if (attacker < 0) return;
        var localSize = GroupSize(attacker, d.LocalAttackCommitment.Value, 1);
        if (localSize < smallest || localSize <= 0) return;
        var local = PickTarget(attacker, RefreshFrontier(includeCore: false));
        if (local >= 0) SendGroup(local, attacker, localSize);
    }

    /// <summary>A group of formation f: the commitment's share of its assault infantry (ready and in groups), divided between its groups.</summary>
    private int GroupSize(int f, double commitment, int groups) =>
        groups <= 0 ? 0 : (int)(commitment * (_attacker.Ready[f] + _attacker.InGroups[f]) / groups);

    private void SendGroup(int target, int f, int men)
    {
        var a = _attacker;
        if (a.Assault[target] == 0)
        {
            a.AssaultLead[target] = f;
            a.AssaultStart[target] = 0;
            a.Assaulted.Add(target);
        }
        a.Ready[f] -= men;
        a.AddToGroup(target, f, men);
        a.AssaultStart[target] += men;
        if (_positions.FirstAssaulted[target] < 0) _positions.FirstAssaulted[target] = _hour;
    }

    /// <summary>Replaces the given share of each formation's losses in the group at i from its ready men, never beyond its group size.</summary>
    private void FeedGroup(int i)
    {
        var d = _scenario.AttackerDoctrine;
        var a = _attacker;
        var share = d.AssaultTopUp.Value;
        var groups = a.OffensiveActive ? (int)d.AssaultsPerFormation.Value : 1;
        var commitment = a.OffensiveActive ? d.AssaultCommitment.Value : d.LocalAttackCommitment.Value;
        var count = a.Ready.Length;
        for (var f = 0; f < count; f++)
        {
            var inGroup = a.GroupMen[i * count + f];
            if (inGroup == 0 || a.Ready[f] <= 0) continue;
            var size = GroupSize(f, commitment, groups);
            if (inGroup >= size) continue;
            var men = Math.Min(a.Ready[f], (int)Math.Ceiling(share * (size - inGroup)));
            a.Ready[f] -= men;
            a.AddToGroup(i, f, men);
            a.AssaultStart[i] += men;
        }
    }

    /// <summary>
    /// Weighted draw among frontier positions not yet under assault, for formation f: near its staging area
    /// (exp(-d / axisScaleKm)) and weakly held (1 / (1 + strength / opportunityMen)) are preferred.
    /// </summary>
    private int PickTarget(int f, List<int> frontier)
    {
        var assault = _attacker.Assault;
        var total = 0.0;
        foreach (var i in frontier) if (assault[i] == 0) total += TargetWeight(f, i);
        if (!(total > 0)) return -1;
        var u = TargetingStream.NextDouble() * total;
        var last = -1;
        foreach (var i in frontier)
        {
            if (assault[i] != 0) continue;
            var w = TargetWeight(f, i);
            if (w <= 0) continue;
            last = i;
            u -= w;
            if (u < 0) return i;
        }
        // Rounding can leave a sliver of u: the last candidate with weight takes it.
        return last;
    }

    private double TargetWeight(int f, int i)
    {
        var d = _scenario.AttackerDoctrine;
        var strength = _positions.Garrison[i] * DefenceMultiplier(i);
        var opportunity = d.OpportunityMen.Value;
        var resistance = opportunity > 0 ? 1 + strength / opportunity : 1;
        return _model.AxisProximity[f * _model.Positions.Length + i] / resistance;
    }

    /// <summary>The frontier position under assault nearest formation f's staging area, or -1.</summary>
    private int NearestAssaulted(int f, List<int> frontier)
    {
        var best = -1;
        var n = _model.Positions.Length;
        foreach (var i in frontier)
            if (_attacker.Assault[i] > 0 && (best < 0 || _model.AxisProximity[f * n + i] > _model.AxisProximity[f * n + best])) best = i;
        return best;
    }

    /// <summary>The group at position i breaks off: every formation's men in it are ready again.</summary>
    private void WithdrawAssault(int i)
    {
        var a = _attacker;
        var count = a.Ready.Length;
        for (var f = 0; f < count; f++)
        {
            var men = a.GroupMen[i * count + f];
            if (men == 0) continue;
            a.Ready[f] += men;
            a.AddToGroup(i, f, -men);
        }
        a.Assault[i] = 0;
        a.AssaultStart[i] = 0;
        a.Assaulted.Remove(i);
    }

    /// <summary>
    /// The group at position i has taken it: the occupiers come from the formation that led it (the rest of the
    /// group is ready again).
    /// </summary>
    private void OccupyWithGroup(int i, int occupiers)
    {
        var a = _attacker;
        var lead = a.AssaultLead[i];
        var men = Math.Min(occupiers, a.GroupMen[i * a.Ready.Length + lead]);
        a.AddToGroup(i, lead, -men);
        _positions.Occupiers[i] += men;
        a.OccupierFormation[i] = lead;
        WithdrawAssault(i);
    }

    /// <summary>
    /// The group at position i loses men: split between its formations in proportion to their men there, and the killed
    /// among them (one draw for the group) in proportion to each formation's part of the losses.
    /// </summary>
    private void GroupLoses(int i, CombatKind kind, int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return;
        // The only draw here: taking it before the split (which draws nothing) leaves every run as it was.
        var killed = _casualties.AddAttackerLosses(kind, losses, rng);
        var a = _attacker;
        var count = a.Ready.Length;
        var lead = a.AssaultLead[i];
        var total = a.Assault[i];
        if (a.GroupMen[i * count + lead] == total)
        {
            a.AddToGroup(i, lead, -losses);
            a.Losses[lead] += losses;
            a.Killed[lead] += killed;
        }
        else
        {
            // Cumulative rounding: the parts add up to the whole exactly, and no formation has more killed than losses.
            long cumulative = 0;
            int given = 0, killedGiven = 0;
            for (var f = 0; f < count; f++)
            {
                var men = a.GroupMen[i * count + f];
                if (men == 0) continue;
                cumulative += men;
                var part = (int)((long)losses * cumulative / total) - given;
                given += part;
                var killedPart = (int)((long)killed * given / losses) - killedGiven;
                killedGiven += killedPart;
                a.AddToGroup(i, f, -part);
                a.Losses[f] += part;
                a.Killed[f] += killedPart;
            }
        }
    }

    /// <summary>Men of formation f put out of action outside an assault group (holding a position, blocking, under air attack).</summary>
    private void AttackerLost(int f, CombatKind kind, int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return;
        _attacker.Losses[f] += losses;
        _attacker.Killed[f] += _casualties.AddAttackerLosses(kind, losses, rng);
    }

    /// <summary>The guns fire in support of the assault groups; shells run down and works crumble.</summary>
    private void Bombard()
    {
        var a = _attacker;
        var groups = 0;
        foreach (var i in a.Assaulted) if (a.Assault[i] > 0) groups++;
        a.ArtillerySupport = 0;
        if (groups == 0 || a.Guns == 0 || _model.ShellSupply?.UsePerGunHour is not { } use) return;

        // An offensive fires in full once every group it means to have is in action; a local attack only a bounded
        // share (mortars and infantry guns, not the heavy guns).
        var share = a.OffensiveActive
            ? Math.Min(1.0, (double)groups / Math.Max(1, a.PlannedGroups))
            : _scenario.AttackerDoctrine.LocalAttackShellShare.Value;
        var demand = (long)Math.Ceiling(a.Guns * use.Value * share);
        var fired = Math.Min(demand, a.Shells);
        a.Shells -= fired;
        a.ShellsUsed += fired;
        // A local attack has a share of the support an offensive gives: the share of full bombardment it fires.
        var reference = a.OffensiveActive ? demand : (long)Math.Ceiling(a.Guns * use.Value);
        a.ArtillerySupport = reference == 0 ? 0 : (double)fired / reference;
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
            _attacker.Ready[_attacker.OccupierFormation[i]] += p.Occupiers[i];
            p.Occupiers[i] = 0;
        }
    }

    /// <summary>Each formation's men and losses at the end of the run (allocates: for the result only).</summary>
    private ImmutableArray<FormationOutcome> AttackerFormationOutcomes()
    {
        var a = _attacker;
        var formations = _model.Formations;
        var outcomes = new FormationOutcome[formations.Length];
        var occupying = new int[formations.Length];
        for (var i = 0; i < _positions.Occupiers.Length; i++) occupying[a.OccupierFormation[i]] += _positions.Occupiers[i];
        for (var f = 0; f < formations.Length; f++)
        {
            var present = a.Preparing[f] + a.Ready[f] + a.InGroups[f] + occupying[f] + a.BlockingOf[f] + a.SupportOf[f];
            outcomes[f] = new FormationOutcome(formations[f].UnitId, a.Arrived[f], a.Losses[f], present) { Killed = a.Killed[f] };
        }
        return [.. outcomes];
    }
}
