using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The end of the siege, the daily record and the result.
internal sealed partial class SiegeRun
{
    private bool _holdersChanged = true;
    private bool _coreBreached;
    private bool _holdsCity;

    /// <summary>
    /// The garrison ceases resistance once the attacker is inside the core and the garrison's men or its ammunition
    /// are spent; or when it holds no position of the city's three lines at all.
    /// </summary>
    private void CheckCeaseFire()
    {
        var d = _scenario.DefenderDoctrine;
        if (_holdersChanged)
        {
            // Who holds what changes a few dozen times a run; recount only then.
            _holdersChanged = false;
            _coreBreached = false;
            _holdsCity = false;
            for (var i = 0; i < _holder.Length; i++)
            {
                var tier = _model.Positions[i].Tier;
                if (tier == Tier.Core && _holder[i] == Side.Attacker) _coreBreached = true;
                if (tier >= Tier.Main && _holder[i] == Side.Defender) _holdsCity = true;
            }
        }
        var coreBreached = _coreBreached;
        var holdsCity = _holdsCity;
        if (holdsCity && !coreBreached) return;
        var combatants = DefenderCombatants();
        var spent = combatants < d.CeaseFireStrengthFraction * FullStrength || _firepower < d.CeaseFireFirepower;
        if (holdsCity && !(coreBreached && spent)) return;

        _outcome = Outcome.Fell;
        var captured = combatants + _service;
        _defenderCaptured += captured;
        Array.Clear(_garrison);
        Array.Clear(_counter);
        _counterattacked.Clear();
        _reserve = 0;
        _service = 0;
        Record(ChronicleKind.CeaseFire, men: captured, amount: (long)Math.Round(_firepower * 100));
    }

    private void TakeSnapshot()
    {
        var held = 0;
        for (var i = 0; i < _holder.Length; i++) if (_holder[i] == Side.Defender) held++;
        var snapshot = new DailySnapshot(
            _hour / 24,
            DefenderCombatants(),
            _reserve,
            AssaultInfantry(),
            _blocking,
            _shells,
            _firepower,
            [.. _defenderStock],
            held,
            _offensiveActive,
            new Casualties(_defenderKilled, _defenderWounded, _defenderCaptured),
            new Casualties(_attackerKilled, _attackerWounded, 0));
        _days.Add(snapshot);
        HashState();
    }

    /// <summary>Folds the state at the end of each day into the run's hash, so two runs that diverge differ in it.</summary>
    private void HashState()
    {
        var h = _hash;
        h = StableHash.Mix(h, (long)_hour);
        h = StableHash.Mix(h, (long)_pool);
        h = StableHash.Mix(h, (long)_reserve);
        h = StableHash.Mix(h, (long)_blocking);
        h = StableHash.Mix(h, _shells);
        h = StableHash.Mix(h, _firepower);
        for (var i = 0; i < _holder.Length; i++)
        {
            h = StableHash.Mix(h, ((long)_holder[i] << 60) | ((long)_garrison[i] << 30) | (long)_occupiers[i]);
            h = StableHash.Mix(h, ((long)_assault[i] << 32) | (long)_counter[i]);
            h = StableHash.Mix(h, _condition[i]);
        }
        foreach (var stock in _defenderStock) h = StableHash.Mix(h, stock);
        h = StableHash.Mix(h, ((long)_defenderKilled << 32) | (long)_defenderWounded);
        h = StableHash.Mix(h, ((long)_attackerKilled << 32) | (long)_attackerWounded);
        _hash = h;
    }

    private RunResult BuildResult(int endHour)
    {
        var positions = _model.Positions.Select((p, i) => new PositionOutcome(
            p.Id,
            _holder[i] == Side.Attacker && _lostAt[i] >= 0 ? _lostAt[i] : null,
            _firstLost[i] >= 0 ? _firstLost[i] : null,
            _changes[i],
            _holder[i])).ToImmutableArray();

        var defenderPresent = DefenderCombatants() + _service;
        var attackerPresent = AssaultInfantry() + _blocking + _support + _occupiers.Sum();
        var supplies = _scenario.Supplies.Defender
            .Select((s, k) => new SupplyLedger(s.Id, Side.Defender, _defenderInitialStock[k], _defenderArrived[k], _defenderUsed[k], _defenderStock[k]))
            .ToList();
        if (_model.ShellSupply is { } shells)
            supplies.Add(new SupplyLedger(shells.Id, Side.Attacker, _shellsInitial, _shellsArrived, _shellsUsed, _shells));

        var hash = StableHash.Mix(_hash, (long)endHour);
        hash = StableHash.Mix(hash, (long)_outcome!.Value);
        return new RunResult(
            _scenario.Id,
            _seed,
            hash,
            _scenario.Start,
            endHour,
            _outcome.Value,
            [.. _offensives],
            positions,
            new PersonnelLedger(_defenderInitialMen, _defenderArrivedMen, defenderPresent, new Casualties(_defenderKilled, _defenderWounded, _defenderCaptured)),
            new PersonnelLedger(_attackerInitialMen, _attackerArrivedMen, attackerPresent, new Casualties(_attackerKilled, _attackerWounded, 0)),
            [.. supplies],
            _detail == RunDetail.Full ? [.. _chronicle] : [],
            [.. _days]);
    }
}
