using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// Arrivals of formations and the scenario's exogenous events.
internal sealed partial class SiegeRun
{
    private long[] _defenderStock = [];
    private long[] _defenderInitialStock = [];
    private long[] _defenderArrived = [];
    private long[] _defenderUsed = [];
    private long _shells, _shellsInitial, _shellsArrived, _shellsUsed;

    private int _reserve, _service;
    private int _defenderInitialMen, _defenderArrivedMen;
    private double _defenderQualityMen;
    private int _attackerInitialMen, _attackerArrivedMen;
    private int _pool, _blocking, _support, _guns;
    private double _attackerQualityMen;

    private int _defenderCombatMenArrived, _attackerMenArrived;

    /// <summary>
    /// The garrison's full strength: every combatant it has had, at the start or arriving since. The reserve floor and
    /// the strength at which the garrison is spent are fractions of it, so they do not depend on when a unit arrives.
    /// (The most men present at once would leave out a unit that arrives after losses, which only makes them good.)
    /// </summary>
    private int FullStrength => _defenderCombatMenArrived;

    // Quality is the men-weighted mean of the units that have arrived: a side-level multiplier of its kill rate.
    private double DefenderQuality => _defenderCombatMenArrived == 0 ? 1.0 : _defenderQualityMen / _defenderCombatMenArrived;
    private double AttackerQuality => _attackerMenArrived == 0 ? 1.0 : _attackerQualityMen / _attackerMenArrived;

    private void InitialiseSupplies()
    {
        var defender = _scenario.Supplies.Defender;
        _defenderStock = defender.Select(s => (long)Math.Round(s.Stock.Value)).ToArray();
        _defenderInitialStock = [.. _defenderStock];
        _defenderArrived = new long[defender.Length];
        _defenderUsed = new long[defender.Length];
        _shells = _shellsInitial = (long)Math.Round(_model.ShellSupply?.Stock.Value ?? 0);
    }

    private void ApplyArrivals()
    {
        var defenders = _model.DefenderArrivals;
        while (_nextDefenderArrival < defenders.Length && defenders[_nextDefenderArrival].Hour <= _hour)
        {
            var arrival = defenders[_nextDefenderArrival++];
            foreach (var (position, men) in arrival.Parts)
            {
                if (arrival.IsService) _service += men;
                else if (position >= 0 && _holder[position] == Side.Defender)
                {
                    _garrison[position] += men;
                    _planned[position] += men;
                }
                else _reserve += men;
            }
            if (_hour == 0) _defenderInitialMen += arrival.Men;
            else
            {
                _defenderArrivedMen += arrival.Men;
                Record(ChronicleKind.DefenderArrived, arrival.UnitId, men: arrival.Men);
            }
            if (!arrival.IsService)
            {
                _defenderCombatMenArrived += arrival.Men;
                _defenderQualityMen += arrival.Quality * arrival.Men;
            }
        }

        var attackers = _model.AttackerArrivals;
        while (_nextAttackerArrival < attackers.Length && attackers[_nextAttackerArrival].Hour <= _hour)
        {
            var arrival = attackers[_nextAttackerArrival++];
            switch (arrival.Role)
            {
                case AttackerRole.Block: _blocking += arrival.Men; break;
                case AttackerRole.FireSupport: _support += arrival.Men; break;
                default:
                    _pool += arrival.Men;
                    if (_offensiveActive) _offensiveArrivals += arrival.Men;
                    break;
            }
            _guns += arrival.Guns;
            if (arrival.Staging >= 0 && !_attackerPresent[arrival.Staging])
            {
                _attackerPresent[arrival.Staging] = true;
                _mapVersion++;
            }
            if (_hour == 0) _attackerInitialMen += arrival.Men;
            else _attackerArrivedMen += arrival.Men;
            _attackerMenArrived += arrival.Men;
            _attackerQualityMen += arrival.Quality * arrival.Men;
            // A unit landing over many hours is announced once, when its first men arrive, with its full strength.
            if (arrival.FirstOfUnit)
            {
                var unit = _model.AttackerUnits[arrival.UnitId];
                Record(ChronicleKind.AttackerArrived, arrival.UnitId, arrival.Staging >= 0 ? _model.Positions[arrival.Staging].Id : null, unit.TotalStrength, (long)Math.Round(unit.Guns?.Value ?? 0));
            }
        }
    }

    private void ApplyEvents()
    {
        var schedule = _model.Schedule;
        while (_nextEvent < schedule.Length && schedule[_nextEvent].Hour <= _hour)
        {
            var targets = _model.TargetMasks[_nextEvent];
            Apply(schedule[_nextEvent++].Event, targets);
        }
    }

    /// <summary>Applies one event; <paramref name="targets"/> marks the positions an air raid or gas attack includes.</summary>
    private void Apply(ExogenousEvent e, bool[]? targets)
    {
        switch (e)
        {
            case AirRaidEvent raid:
                AirRaid(raid, targets!);
                break;
            case GasEvent gas:
                for (var i = 0; i < _holder.Length; i++)
                {
                    if (_holder[i] != Side.Defender || !targets![i]) continue;
                    _gasUntil[i] = _hour + gas.DurationHours;
                    _gasIntensity[i] = gas.Intensity;
                }
                Record(ChronicleKind.Gas, gas.Id);
                break;
            case CrossingDestroyedEvent destroyed:
                _crossingOpen[_model.CrossingIndex[destroyed.CrossingId]] = false;
                _mapVersion++;
                Record(ChronicleKind.CrossingDestroyed, destroyed.CrossingId);
                break;
            case SupplyArrivalEvent supply:
                ReceiveSupply(supply);
                break;
            case GunsArrivalEvent guns:
                _guns += (int)Math.Round(guns.Guns.Value);
                Record(ChronicleKind.GunsArrived, guns.Id, amount: (long)Math.Round(guns.Guns.Value));
                break;
            case AlliedAirSupportEvent air:
                var hit = Sampling.Binomial(AlliedAirStream, _pool, _scenario.Combat.AlliedAirLossFraction * air.Intensity);
                _pool -= hit;
                AddAttackerLosses(hit, AlliedAirStream);
                Record(ChronicleKind.AlliedAirSupport, air.Id, men: hit);
                break;
            case ReliefApproachEvent relief:
                ReliefArrives(relief);
                break;
            case NoteEvent note:
                Record(ChronicleKind.Note, note.Id);
                break;
        }
    }

    private void ReceiveSupply(SupplyArrivalEvent supply)
    {
        var amount = (long)Math.Round(supply.Amount.Value);
        if (supply.Side == Side.Attacker)
        {
            _shells += amount;
            _shellsArrived += amount;
        }
        else
        {
            var index = _scenario.Supplies.Defender.IndexOf(_scenario.Supplies.Defender.First(s => s.Id == supply.SupplyId));
            _defenderStock[index] += amount;
            _defenderArrived[index] += amount;
        }
        // The event as the target, so that a host can tell how the supply came (its delivery).
        Record(ChronicleKind.SupplyArrived, supply.SupplyId, supply.Id, amount: amount);
    }

    private void AirRaid(AirRaidEvent raid, bool[] targets)
    {
        var c = _scenario.Combat;
        var rng = AirRaidStream;
        var fraction = c.AirRaidLossFraction * raid.Intensity;
        var losses = 0;
        var hitsCore = false;
        for (var i = 0; i < _holder.Length; i++)
        {
            var position = _model.Positions[i];
            if (_holder[i] != Side.Defender || !targets[i]) continue;
            hitsCore |= position.Tier == Tier.Core;
            var hit = Sampling.Binomial(rng, _garrison[i], fraction);
            _garrison[i] -= hit;
            losses += hit;
            _condition[i] = Math.Max(0, _condition[i] - c.AirRaidFortificationDamage * raid.Intensity);
            _damaged.Add(i);
        }
        if (hitsCore)
        {
            // The reserve and the services are quartered in the city core.
            var reserveHit = Sampling.Binomial(rng, _reserve, fraction);
            var serviceHit = Sampling.Binomial(rng, _service, fraction);
            _reserve -= reserveHit;
            _service -= serviceHit;
            losses += reserveHit + serviceHit;
        }
        AddDefenderLosses(losses, rng);
        Record(ChronicleKind.AirRaid, raid.Id, men: losses);
    }
}
