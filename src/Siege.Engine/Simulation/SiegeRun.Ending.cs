using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// The end of the siege, the daily record and the result.
internal sealed partial class SiegeRun
{
    // Whether the attacker holds a core position, whether the garrison holds a position of the main line and of the
    // city's three lines: worked out from who holds what at map version _linesVersion (-1: not yet), a few dozen
    // times a run.
    private int _linesVersion = -1;
    private bool _coreBreached;
    private bool _holdsMain;
    private bool _holdsCity;
    private Xoshiro256StarStar? _ceaseFireStream;
    private static readonly ulong CeaseFireStreamKey = StableHash.Fnv1a64("defender/cease-fire");

    private Xoshiro256StarStar CeaseFireStream => _ceaseFireStream ??= RandomStreams.Create(_seed, CeaseFireStreamKey);

    /// <summary>
    /// The garrison's decision to cease resistance, each hour a chance: hazard = ceaseFireHazardPerHour ×
    /// (S / s × F / f)^k × L, at most 1 (s its combatants as a share of its full strength, f its firepower, S, F and k
    /// the doctrine's, L 1 once its lines are broken and ceaseFireLinesIntactFactor before). Holding no position of
    /// the city's three lines ends it outright.
    /// </summary>
    private void CheckCeaseFire()
    {
        UpdateLines();
        if (!_holdsCity)
        {
            CeaseFire(EndReason.NoLineHeld);
            return;
        }
        var hazard = CeaseFireHazard(out var reason);
        if (hazard <= 0 || (hazard < 1 && CeaseFireStream.NextDouble() >= hazard)) return;
        CeaseFire(reason);
    }

    /// <summary>
    /// This hour's cease-fire hazard, and the pressure that has grown most since the siege began: the factor by which
    /// each multiplies the hazard now against the garrison at full strength, full firepower and with its lines intact
    /// ((1/s)^k, (1/f)^k, and 1/ceaseFireLinesIntactFactor once the lines are broken). k is rounded to a whole number:
    /// the engine keeps to integer powers, which give the same doubles on every machine.
    /// </summary>
    private double CeaseFireHazard(out EndReason reason)
    {
        var doctrine = _scenario.DefenderDoctrine;
        var d = _defender;
        reason = EndReason.StrengthSpent;
        double S = doctrine.CeaseFireStrengthFraction, F = doctrine.CeaseFireFirepower, intact = doctrine.CeaseFireLinesIntactFactor;
        var k = (int)Math.Round(doctrine.CeaseFireSteepness.Value);
        var linesBroken = _coreBreached || !_holdsMain;
        var lines = linesBroken ? 1.0 : intact;
        if (S <= 0 || F <= 0 || lines <= 0 || d.FullStrength == 0) return 0;
        var s = (double)DefenderCombatants() / d.FullStrength;
        if (s <= 0) return 1;
        var f = d.Firepower;

        var strength = Sampling.PowInt(1 / s, k);
        var firepower = Sampling.PowInt(1 / f, k);
        var breach = linesBroken ? 1 / intact : 1.0;
        if (firepower > strength && firepower >= breach) reason = EndReason.FirepowerSpent;
        else if (breach > strength && breach > firepower) reason = EndReason.LinesBroken;
        return doctrine.CeaseFireHazardPerHour * Sampling.PowInt(S * F, k) * strength * firepower * lines;
    }

    private void UpdateLines()
    {
        var p = _positions;
        if (_linesVersion == p.MapVersion) return;
        _linesVersion = p.MapVersion;
        _coreBreached = _holdsMain = _holdsCity = false;
        for (var i = 0; i < p.Holder.Length; i++)
        {
            var tier = _model.Positions[i].Tier;
            if (tier == Tier.Core && p.Holder[i] == Side.Attacker) _coreBreached = true;
            if (tier >= Tier.Main && p.Holder[i] == Side.Defender) _holdsCity = true;
            if (tier == Tier.Main && p.Holder[i] == Side.Defender) _holdsMain = true;
        }
    }

    /// <summary>The garrison ceases resistance: every man standing and every wounded man in the city is captured.</summary>
    private void CeaseFire(EndReason reason)
    {
        var p = _positions;
        var d = _defender;
        _outcome = Outcome.Fell;
        _endReason = reason;
        var standing = DefenderCombatants() + d.Service;
        var captured = standing + _casualties.DefenderWounded;
        _casualties.AddDefenderSurrendered(standing);
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
        h = StableHash.Fold(h, (long)_hour);
        h = StableHash.Fold(h, (long)a.Pool);
        h = StableHash.Fold(h, (long)_defender.Reserve);
        h = StableHash.Fold(h, (long)a.Blocking);
        h = StableHash.Fold(h, a.Shells);
        h = StableHash.Fold(h, _defender.Firepower);
        for (var i = 0; i < p.Holder.Length; i++)
        {
            h = StableHash.Fold(h, ((long)p.Holder[i] << 60) | ((long)p.Garrison[i] << 30) | (long)p.Occupiers[i]);
            h = StableHash.Fold(h, ((long)a.Assault[i] << 32) | (long)_defender.Counter[i]);
            h = StableHash.Fold(h, p.Condition[i]);
        }
        foreach (var stock in _defender.Stock) h = StableHash.Fold(h, stock);
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

        var hash = StableHash.Fold(_hash, (long)endHour);
        hash = StableHash.Fold(hash, (long)_outcome!.Value);
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
