using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The end of the siege, the daily record and the result.
internal sealed partial class SiegeRun
{
    // Whether the attacker holds a core position and whether the garrison still holds a position of the city's three
    // lines: worked out from who holds what at map version _linesVersion (-1: not yet), a few dozen times a run.
    private int _linesVersion = -1;
    private bool _coreBreached;
    private bool _holdsCity;

    /// <summary>
    /// The garrison ceases resistance once the attacker is inside the core and the garrison's men or its ammunition
    /// are spent; or when it holds no position of the city's three lines at all.
    /// </summary>
    private void CheckCeaseFire()
    {
        var doctrine = _scenario.DefenderDoctrine;
        var p = _positions;
        var d = _defender;
        if (_linesVersion != p.MapVersion)
        {
            _linesVersion = p.MapVersion;
            _coreBreached = false;
            _holdsCity = false;
            for (var i = 0; i < p.Holder.Length; i++)
            {
                var tier = _model.Positions[i].Tier;
                if (tier == Tier.Core && p.Holder[i] == Side.Attacker) _coreBreached = true;
                if (tier >= Tier.Main && p.Holder[i] == Side.Defender) _holdsCity = true;
            }
        }
        if (_holdsCity && !_coreBreached) return;
        var combatants = DefenderCombatants();
        var strengthSpent = combatants < doctrine.CeaseFireStrengthFraction * d.FullStrength;
        var firepowerSpent = d.Firepower < doctrine.CeaseFireFirepower;
        if (_holdsCity && !(_coreBreached && (strengthSpent || firepowerSpent))) return;

        _outcome = Outcome.Fell;
        _endReason = !_holdsCity ? EndReason.NoLineHeld
            : strengthSpent && firepowerSpent ? EndReason.StrengthAndFirepowerSpent
            : strengthSpent ? EndReason.StrengthSpent
            : EndReason.FirepowerSpent;
        var captured = combatants + d.Service;
        _casualties.AddDefenderSurrendered(captured);
        Array.Clear(p.Garrison);
        Array.Clear(d.Counter);
        d.Counterattacked.Clear();
        d.Reserve = 0;
        d.Service = 0;
        Record(ChronicleKind.CeaseFire, men: captured, amount: (long)Math.Round(d.Firepower * 100));
    }

    private void TakeSnapshot()
    {
        var held = 0;
        foreach (var holder in _positions.Holder) if (holder == Side.Defender) held++;
        var snapshot = new DailySnapshot(
            _hour / 24,
            DefenderCombatants(),
            _defender.Reserve,
            AssaultInfantry(),
            _attacker.Blocking,
            _attacker.Shells,
            _defender.Firepower,
            [.. _defender.Stock],
            held,
            _attacker.OffensiveActive,
            _casualties.Defender,
            _casualties.Attacker);
        _days.Add(snapshot);
        HashState();
    }

    /// <summary>Folds the state at the end of each day into the run's hash, so two runs that diverge differ in it.</summary>
    private void HashState()
    {
        var p = _positions;
        var a = _attacker;
        var h = _hash;
        h = StableHash.Mix(h, (long)_hour);
        h = StableHash.Mix(h, (long)a.Pool);
        h = StableHash.Mix(h, (long)_defender.Reserve);
        h = StableHash.Mix(h, (long)a.Blocking);
        h = StableHash.Mix(h, a.Shells);
        h = StableHash.Mix(h, _defender.Firepower);
        for (var i = 0; i < p.Holder.Length; i++)
        {
            h = StableHash.Mix(h, ((long)p.Holder[i] << 60) | ((long)p.Garrison[i] << 30) | (long)p.Occupiers[i]);
            h = StableHash.Mix(h, ((long)a.Assault[i] << 32) | (long)_defender.Counter[i]);
            h = StableHash.Mix(h, p.Condition[i]);
        }
        foreach (var stock in _defender.Stock) h = StableHash.Mix(h, stock);
        _hash = _casualties.Mix(h);
    }

    private RunResult BuildResult(int endHour)
    {
        var p = _positions;
        var a = _attacker;
        var d = _defender;
        var positions = _model.Positions.Select((position, i) => new PositionOutcome(
            position.Id,
            p.Holder[i] == Side.Attacker && p.LostAt[i] >= 0 ? p.LostAt[i] : null,
            p.FirstLost[i] >= 0 ? p.FirstLost[i] : null,
            p.Changes[i],
            p.Holder[i],
            p.FirstAssaulted[i] >= 0 ? p.FirstAssaulted[i] : null)).ToImmutableArray();

        var defenderPresent = DefenderCombatants() + d.Service;
        var attackerPresent = AssaultInfantry() + a.PreparingMen + a.Blocking + a.Support + p.Occupiers.Sum();
        var supplies = _scenario.Supplies.Defender
            .Select((s, k) => new SupplyLedger(s.Id, Side.Defender, d.InitialStock[k], d.Arrived[k], d.Used[k], d.Stock[k]))
            .ToList();
        if (_model.ShellSupply is { } shells)
            supplies.Add(new SupplyLedger(shells.Id, Side.Attacker, a.ShellsInitial, a.ShellsArrived, a.ShellsUsed, a.Shells));

        var hash = StableHash.Mix(_hash, (long)endHour);
        hash = StableHash.Mix(hash, (long)_outcome!.Value);
        return new RunResult(
            _scenario.Id,
            _seed,
            hash,
            _scenario.Start,
            endHour,
            _outcome.Value,
            _endReason,
            [.. a.Offensives],
            positions,
            new PersonnelLedger(d.InitialMen, d.ArrivedMen, defenderPresent, _casualties.Defender) { ByKind = _casualties.AllKinds(Side.Defender) },
            new PersonnelLedger(a.InitialMen, a.ArrivedMen, attackerPresent, _casualties.Attacker) { ByKind = _casualties.AllKinds(Side.Attacker) },
            [.. supplies],
            _detail == RunDetail.Full ? [.. _chronicle] : [],
            [.. _days]) { AttackerFormations = AttackerFormationOutcomes() };
    }
}
