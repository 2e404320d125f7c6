using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// Arrivals of formations and the scenario's exogenous events.
internal sealed partial class SiegeRun
{
    private void ApplyArrivals()
    {
        var p = _positions;
        var d = _defender;
        var defenders = _model.DefenderArrivals;
        var t = _arrivals;
        while (_nextDefenderArrival < defenders.Length && t.DefenderHour[t.DefenderOrder[_nextDefenderArrival]] <= _hour)
        {
            var arrival = defenders[t.DefenderOrder[_nextDefenderArrival++]];
            foreach (var (position, men) in arrival.Parts)
            {
                if (arrival.IsService) d.Service += men;
                else if (position >= 0 && p.Holder[position] == Side.Defender)
                {
                    p.Garrison[position] += men;
                    p.Planned[position] += men;
                }
                else d.Reserve += men;
            }
            if (_hour == 0) d.InitialMen += arrival.Men;
            else
            {
                d.ArrivedMen += arrival.Men;
                Record(ChronicleKind.DefenderArrived, arrival.UnitId, men: arrival.Men);
            }
            if (!arrival.IsService)
            {
                d.CombatMenArrived += arrival.Men;
                d.QualityMen += arrival.Quality * arrival.Men;
            }
        }

        var a = _attacker;
        var attackers = _model.AttackerArrivals;
        while (_nextAttackerArrival < attackers.Length && t.AttackerHour[t.AttackerOrder[_nextAttackerArrival]] <= _hour)
        {
            var arrival = attackers[t.AttackerOrder[_nextAttackerArrival++]];
            var f = arrival.Formation;
            var formation = _model.Formations[f];
            // Assault infantry prepares before it counts (see ReadyArrivals); blockers and support men do their work as they come.
            if (formation.Role == AttackerRole.Block) a.BlockingOf[f] += arrival.Men;
            else if (formation.AssaultInfantry) a.Preparing[f] += arrival.Men;
            else a.SupportOf[f] += arrival.Men;
            a.Arrived[f] += arrival.Men;
            a.Guns += arrival.Guns;
            if (arrival.Staging >= 0) p.MarkAttackerPresent(arrival.Staging);
            if (_hour == 0) a.InitialMen += arrival.Men;
            else a.ArrivedMen += arrival.Men;
            a.MenArrived += arrival.Men;
            a.QualityMen += arrival.Quality * arrival.Men;
            // A unit landing over many hours is announced once, when its first men arrive, with its full strength.
            if (arrival.FirstOfUnit)
            {
                var unit = _model.AttackerUnits[arrival.UnitId];
                Record(ChronicleKind.AttackerArrived, arrival.UnitId, arrival.Staging >= 0 ? _model.Positions[arrival.Staging].Id : null, unit.TotalStrength, (long)Math.Round(unit.Guns?.Value ?? 0));
            }
        }
        ReadyArrivals();
        ReceiveShellFlow();
    }

    /// <summary>Assault infantry that arrived preparationHours ago is ready: it counts in the force ratio and may assault.</summary>
    private void ReadyArrivals()
    {
        var a = _attacker;
        var attackers = _model.AttackerArrivals;
        var preparation = (int)Math.Ceiling(_scenario.AttackerDoctrine.PreparationHours.Value);
        var t = _arrivals;
        // Arrivals come in order of hour, so they become ready in the same order: one cursor follows the other.
        while (_nextReadyArrival < _nextAttackerArrival && t.AttackerHour[t.AttackerOrder[_nextReadyArrival]] + preparation <= _hour)
        {
            var arrival = attackers[t.AttackerOrder[_nextReadyArrival++]];
            if (!_model.Formations[arrival.Formation].AssaultInfantry) continue;
            a.Preparing[arrival.Formation] -= arrival.Men;
            a.Ready[arrival.Formation] += arrival.Men;
            if (a.OffensiveActive) a.OffensiveArrivals += arrival.Men;
        }
    }

    /// <summary>The shell supply's daily flow, delivered in hourly parts that add up to flowPerDay each day.</summary>
    private void ReceiveShellFlow()
    {
        if (_model.ShellSupply?.FlowPerDay is not { Value: > 0 } flow) return;
        var amount = (long)Math.Floor(flow.Value * (_hour + 1) / 24.0) - (long)Math.Floor(flow.Value * _hour / 24.0);
        _attacker.Shells += amount;
        _attacker.ShellsArrived += amount;
    }

    private void ApplyEvents()
    {
        var schedule = _model.Schedule;
        while (_nextEvent < schedule.Length && schedule[_nextEvent].Hour <= _hour)
        {
            var index = _nextEvent++;
            Apply(schedule[index].Event, index);
        }
    }

    /// <summary>Applies one event, the <paramref name="index"/>-th of the model's schedule.</summary>
    private void Apply(ExogenousEvent e, int index)
    {
        switch (e)
        {
            case AirRaidEvent raid:
                AirRaid(raid, _model.TargetMasks[index]!, _model.RaidLosses[index]!);
                break;
            case GasEvent gas:
                var p = _positions;
                var targets = _model.TargetMasks[index];
                for (var i = 0; i < p.Holder.Length; i++)
                {
                    if (p.Holder[i] != Side.Defender || !targets![i]) continue;
                    p.GasUntil[i] = _hour + gas.DurationHours;
                    p.GasIntensity[i] = gas.Intensity;
                }
                Record(ChronicleKind.Gas, gas.Id);
                break;
            case CrossingDestroyedEvent destroyed:
                _positions.DestroyCrossing(_model.CrossingIndex[destroyed.CrossingId]);
                Record(ChronicleKind.CrossingDestroyed, destroyed.CrossingId);
                break;
            case SupplyArrivalEvent supply:
                ReceiveSupply(supply);
                break;
            case GunsArrivalEvent guns:
                _attacker.Guns += (int)Math.Round(guns.Guns.Value);
                Record(ChronicleKind.GunsArrived, guns.Id, amount: (long)Math.Round(guns.Guns.Value));
                break;
            case AlliedAirSupportEvent air:
                AlliedAirSupport(air);
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
            _attacker.Shells += amount;
            _attacker.ShellsArrived += amount;
        }
        else
        {
            var index = _scenario.Supplies.Defender.IndexOf(_scenario.Supplies.Defender.First(s => s.Id == supply.SupplyId));
            _defender.Stock[index] += amount;
            _defender.Arrived[index] += amount;
        }
        // The event as the target, so that a host can tell how the supply came (its delivery).
        Record(ChronicleKind.SupplyArrived, supply.SupplyId, supply.Id, amount: amount);
    }

    /// <summary>
    /// The raid hits each targeted position the garrison holds (<paramref name="targets"/>), and the reserve and the
    /// services if it hits the core; <paramref name="hits"/> draws the men put out of action among so many.
    /// </summary>
    private void AirRaid(AirRaidEvent raid, bool[] targets, BinomialTable hits)
    {
        var c = _scenario.Combat;
        var p = _positions;
        var d = _defender;
        var rng = AirRaidStream;
        var losses = 0;
        var hitsCore = false;
        for (var i = 0; i < p.Holder.Length; i++)
        {
            var position = _model.Positions[i];
            if (p.Holder[i] != Side.Defender || !targets[i]) continue;
            hitsCore |= position.Tier == Tier.Core;
            var hit = hits.Draw(rng, p.Garrison[i]);
            p.Garrison[i] -= hit;
            losses += hit;
            p.Condition[i] = Math.Max(0, p.Condition[i] - c.AirRaidFortificationDamage * raid.Intensity);
            p.Damaged.Add(i);
        }
        if (hitsCore)
        {
            // The reserve and the services are quartered in the city core.
            var reserveHit = hits.Draw(rng, d.Reserve);
            var serviceHit = hits.Draw(rng, d.Service);
            d.Reserve -= reserveHit;
            d.Service -= serviceHit;
            losses += reserveHit + serviceHit;
        }
        _casualties.AddDefenderLosses(CombatKind.AirRaid, losses, rng);
        Record(ChronicleKind.AirRaid, raid.Id, men: losses);
    }

    /// <summary>Allied aircraft strafe the ready infantry in the attacker's assembly areas, formation by formation.</summary>
    private void AlliedAirSupport(AlliedAirSupportEvent air)
    {
        var a = _attacker;
        var rng = AlliedAirStream;
        var fraction = _scenario.Combat.AlliedAirLossFraction * air.Intensity;
        var hits = 0;
        for (var f = 0; f < a.Ready.Length; f++)
        {
            if (a.Ready[f] == 0) continue;
            var hit = Sampling.Binomial(rng, a.Ready[f], fraction);
            a.Ready[f] -= hit;
            AttackerLost(f, CombatKind.AlliedAir, hit, rng);
            hits += hit;
        }
        Record(ChronicleKind.AlliedAirSupport, air.Id, men: hits);
    }
}
