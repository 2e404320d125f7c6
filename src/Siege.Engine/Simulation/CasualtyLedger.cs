using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// The men each side has lost in a run: killed, wounded and captured. Every loss goes through one of its methods, so
/// that a finer split (by kind of combat, by formation) is a change here and in the callers' arguments, not a hunt
/// for counters written all over the run.
/// </summary>
internal sealed class CasualtyLedger
{
    private BinomialTable _defenderKilledShare = null!;
    private BinomialTable _attackerKilledShare = null!;
    private int _defenderKilled, _defenderWounded, _defenderCaptured;
    // Attackers are never captured in this model: the garrison had no means to hold prisoners.
    private int _attackerKilled, _attackerWounded;
    // The same losses by kind of combat: killed, wounded and captured of each side, indexed by CombatKind.
    private readonly int[] _defenderByKind = new int[KindCount * 3];
    private readonly int[] _attackerByKind = new int[KindCount * 3];

    private static readonly int KindCount = Enum.GetValues<CombatKind>().Length;

    public Casualties Defender => new(_defenderKilled, _defenderWounded, _defenderCaptured);

    public Casualties Attacker => new(_attackerKilled, _attackerWounded, 0);

    /// <summary>The attacker's killed and wounded: what an offensive's cost is measured in.</summary>
    public int AttackerLosses => _attackerKilled + _attackerWounded;

    /// <summary>An empty ledger that splits losses with the killed shares of <paramref name="model"/>.</summary>
    public void Reset(SiegeModel model)
    {
        _defenderKilledShare = model.DefenderKilled;
        _attackerKilledShare = model.AttackerKilled;
        _defenderKilled = _defenderWounded = _defenderCaptured = 0;
        _attackerKilled = _attackerWounded = 0;
        Array.Clear(_defenderByKind);
        Array.Clear(_attackerByKind);
    }

    /// <summary>A side's killed, wounded and captured from one kind of combat.</summary>
    public Casualties ByKind(Side side, CombatKind kind)
    {
        var counts = side == Side.Defender ? _defenderByKind : _attackerByKind;
        var i = (int)kind * 3;
        return new Casualties(counts[i], counts[i + 1], counts[i + 2]);
    }

    /// <summary>A side's casualties for every kind, indexed by <see cref="CombatKind"/> (allocates: for the result only).</summary>
    public ImmutableArray<Casualties> AllKinds(Side side)
    {
        var kinds = new Casualties[KindCount];
        for (var k = 0; k < KindCount; k++) kinds[k] = ByKind(side, (CombatKind)k);
        return [.. kinds];
    }

    private static void Count(int[] counts, CombatKind kind, int killed, int wounded, int captured)
    {
        var i = (int)kind * 3;
        counts[i] += killed;
        counts[i + 1] += wounded;
        counts[i + 2] += captured;
    }

    /// <summary>Defenders put out of action by fire, split into killed and wounded by one draw from <paramref name="rng"/>.</summary>
    public void AddDefenderLosses(CombatKind kind, int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return;
        var killed = _defenderKilledShare.Draw(rng, losses);
        _defenderKilled += killed;
        _defenderWounded += losses - killed;
        Count(_defenderByKind, kind, killed, losses - killed, 0);
    }

    /// <summary>Attackers put out of action by fire, split into killed and wounded by one draw from <paramref name="rng"/>.</summary>
    public void AddAttackerLosses(CombatKind kind, int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return;
        var killed = _attackerKilledShare.Draw(rng, losses);
        _attackerKilled += killed;
        _attackerWounded += losses - killed;
        Count(_attackerByKind, kind, killed, losses - killed, 0);
    }

    /// <summary>Attackers killed outright, none wounded: occupiers cut off by a counter-attack (the garrison took no prisoners).</summary>
    public void AddAttackerKilled(CombatKind kind, int killed)
    {
        if (killed <= 0) return;
        _attackerKilled += killed;
        Count(_attackerByKind, kind, killed, 0, 0);
    }

    /// <summary>A garrison lost with its position: the men are killed or captured, none walk away wounded.</summary>
    public void AddDefenderOverrun(int killed, int captured)
    {
        _defenderKilled += killed;
        _defenderCaptured += captured;
        Count(_defenderByKind, CombatKind.Overrun, killed, 0, captured);
    }

    /// <summary>Everyone still standing when the garrison ceases resistance.</summary>
    public void AddDefenderSurrendered(int captured)
    {
        _defenderCaptured += captured;
        Count(_defenderByKind, CombatKind.Surrender, 0, 0, captured);
    }

    /// <summary>Folds the ledger into a run's state hash, as the run folded its counters before there was a ledger.</summary>
    public ulong Mix(ulong hash)
    {
        hash = StableHash.Mix(hash, ((long)_defenderKilled << 32) | (long)_defenderWounded);
        return StableHash.Mix(hash, ((long)_attackerKilled << 32) | (long)_attackerWounded);
    }
}
