using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

// Relief forces fight the attacker's blocking formations outside the city.
internal sealed partial class SiegeRun
{
    private sealed class ReliefForce(string id, int position, int strength)
    {
        public string Id { get; } = id;
        public int Position { get; } = position;
        public int Initial { get; } = strength;
        public int Strength { get; set; } = strength;
        public bool Active { get; set; } = true;
        public int BlockingAtArrival { get; set; }
    }

    // Relief forces come with a few events in some scenarios: made when they come, not kept in the workspace.
    private readonly List<ReliefForce> _reliefs = [];

    private void ReliefArrives(ReliefApproachEvent e)
    {
        var relief = new ReliefForce(e.Id, _model.PositionIndex[e.PositionId], (int)Math.Round(e.Strength.Value));
        _reliefs.Add(relief);
        Record(ChronicleKind.ReliefApproaches, e.Id, e.PositionId, relief.Strength);

        // The attacker answers from state: blocking formations are brought up to a multiple of the relief in the field.
        var wanted = BlockersWanted();
        var a = _attacker;
        var moved = Math.Min(Math.Max(0, wanted - a.Blocking), a.Pool);
        // Whole formations' ready men are turned about, the formation with most ready men first.
        for (var left = moved; left > 0;)
        {
            var f = MostReady();
            var men = Math.Min(left, a.Ready[f]);
            a.Ready[f] -= men;
            a.BlockingOf[f] += men;
            left -= men;
        }
        if (moved > 0) Record(ChronicleKind.BlockingReinforced, e.Id, men: moved);
        relief.BlockingAtArrival = a.Blocking;
    }

    private void ResolveRelief()
    {
        if (_reliefs.Count == 0) return;
        var c = _scenario.Combat;
        var a = _attacker;
        var rng = ReliefStream;
        foreach (var relief in _reliefs)
        {
            if (!relief.Active || _outcome is not null) continue;
            if (a.Blocking <= 0)
            {
                BreakThrough(relief);
                return;
            }
            var multiplier = c.PostureHasty * _model.BaseDefence[relief.Position];
            var blocking = a.Blocking;
            var blockingLossRate = Math.Min(1, c.DefenderKillRate * relief.Strength / multiplier / 24.0 / blocking);
            var reliefLoss = Sampling.Binomial(rng, relief.Strength, Math.Min(1, c.AttackerKillRate * blocking * a.Quality * multiplier / 24.0 / relief.Strength));
            relief.Strength -= reliefLoss;
            // Every blocking formation loses at the same rate: together, the binomial draw of the whole.
            for (var f = 0; f < a.BlockingOf.Length; f++)
            {
                if (a.BlockingOf[f] == 0) continue;
                var loss = Sampling.Binomial(rng, a.BlockingOf[f], blockingLossRate);
                a.BlockingOf[f] -= loss;
                AttackerLost(f, CombatKind.Relief, loss, rng);
            }

            if (relief.Strength < (1 - _scenario.DefenderDoctrine.ReliefWithdrawLossFraction) * relief.Initial)
            {
                relief.Active = false;
                Record(ChronicleKind.ReliefThrownBack, relief.Id, _model.Positions[relief.Position].Id, relief.Initial - relief.Strength);
                ReleaseBlockers();
            }
            else if (a.Blocking < (1 - _scenario.AttackerDoctrine.AssaultExhaustedFraction) * relief.BlockingAtArrival)
            {
                BreakThrough(relief);
                return;
            }
        }
    }

    private void BreakThrough(ReliefForce relief)
    {
        relief.Active = false;
        _outcome = Outcome.Relieved;
        _endReason = EndReason.Relieved;
        Record(ChronicleKind.ReliefBreaksThrough, relief.Id, _model.Positions[relief.Position].Id, relief.Strength);
    }

    /// <summary>The blocking strength the reliefs in the field call for: reliefBlockRatio × their men.</summary>
    private int BlockersWanted()
    {
        var inField = 0;
        foreach (var r in _reliefs) if (r.Active) inField += r.Strength;
        return (int)(_scenario.AttackerDoctrine.ReliefBlockRatio * inField);
    }

    /// <summary>
    /// With a relief thrown back, the assault infantry turned about to block it returns to the siege, down to the
    /// blocking strength the reliefs still in the field call for; formations whose role is to block stay where they are.
    /// </summary>
    private void ReleaseBlockers()
    {
        var a = _attacker;
        var before = a.Blocking;
        var excess = before - BlockersWanted();
        if (excess <= 0) return;
        var formations = _model.Formations;
        for (var f = 0; f < formations.Length && excess > 0; f++)
        {
            if (!formations[f].AssaultInfantry || a.BlockingOf[f] == 0) continue;
            var men = Math.Min(excess, a.BlockingOf[f]);
            a.BlockingOf[f] -= men;
            a.Ready[f] += men;
            excess -= men;
        }
        // A relief breaks through when its blockers have lost a share of their strength (ResolveRelief): men sent
        // back to the siege are not losses, so each relief still in the field measures from the smaller force.
        var kept = (double)a.Blocking / before;
        foreach (var r in _reliefs)
            if (r.Active) r.BlockingAtArrival = (int)Math.Round(r.BlockingAtArrival * kept);
    }

    /// <summary>The formation with the most ready infantry (the first of equals), or -1 when none has any.</summary>
    private int MostReady()
    {
        var ready = _attacker.Ready;
        var best = -1;
        for (var f = 0; f < ready.Length; f++)
            if (ready[f] > 0 && (best < 0 || ready[f] > ready[best])) best = f;
        return best;
    }
}
