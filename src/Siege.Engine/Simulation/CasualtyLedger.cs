using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// The men each side has lost in a run, by kind of combat and by what became of them: killed in action, wounded
/// (the defender's wounded stay in the city, where some die and some return to duty), died of wounds, returned to
/// duty, captured unwounded and captured wounded. Every loss goes through one of its methods, so a finer split is a
/// change here and in the callers' arguments, not a hunt for counters written all over the run.
/// </summary>
internal sealed class CasualtyLedger
{
    // The counts of each (side, kind), one row of Fields per kind; the totals of each side in the same layout.
    private const int KilledInAction = 0, Wounded = 1, DiedOfWounds = 2, Returned = 3, CapturedUnwounded = 4, CapturedWounded = 5;
    private const int Fields = 6;
    private static readonly int KindCount = Enum.GetValues<CombatKind>().Length;

    private readonly int[] _defender = new int[KindCount * Fields];
    private readonly int[] _attacker = new int[KindCount * Fields];
    private readonly int[] _defenderTotal = new int[Fields];
    private readonly int[] _attackerTotal = new int[Fields];
    // The model whose killed shares split losses (SiegeModel.KilledShare, by kind).
    private SiegeModel _model = null!;

    public Casualties Defender => Read(_defenderTotal, 0);

    public Casualties Attacker => Read(_attackerTotal, 0);

    /// <summary>The attacker's killed and wounded: what an offensive's cost is measured in.</summary>
    public int AttackerLosses => _attackerTotal[KilledInAction] + _attackerTotal[Wounded];

    /// <summary>
    /// The attacker's killed and wounded at the city, leaving out the fighting against relief forces outside it: an
    /// offensive is called off for what the assaults cost, not for a battle the blocking formations fight elsewhere.
    /// </summary>
    public int AttackerLossesAtTheCity =>
        AttackerLosses - _attacker[(int)CombatKind.Relief * Fields + KilledInAction] - _attacker[(int)CombatKind.Relief * Fields + Wounded];

    /// <summary>The defender's wounded in the city now.</summary>
    public int DefenderWounded => _defenderTotal[Wounded];

    /// <summary>An empty ledger that splits losses with the killed shares of <paramref name="model"/>.</summary>
    public void Reset(SiegeModel model)
    {
        _model = model;
        Array.Clear(_defender);
        Array.Clear(_attacker);
        Array.Clear(_defenderTotal);
        Array.Clear(_attackerTotal);
    }

    /// <summary>A side's casualties from one kind of combat.</summary>
    public Casualties ByKind(Side side, CombatKind kind) => Read(side == Side.Defender ? _defender : _attacker, (int)kind * Fields);

    /// <summary>A side's casualties for every kind, indexed by <see cref="CombatKind"/> (allocates: for the result only).</summary>
    public ImmutableArray<Casualties> AllKinds(Side side)
    {
        var kinds = new Casualties[KindCount];
        for (var k = 0; k < KindCount; k++) kinds[k] = ByKind(side, (CombatKind)k);
        return [.. kinds];
    }

    private static Casualties Read(int[] counts, int i) =>
        new(counts[i + KilledInAction] + counts[i + DiedOfWounds], counts[i + Wounded], counts[i + CapturedUnwounded] + counts[i + CapturedWounded])
        {
            DiedOfWounds = counts[i + DiedOfWounds],
            ReturnedToDuty = counts[i + Returned],
            CapturedWounded = counts[i + CapturedWounded],
        };

    private void Count(Side side, CombatKind kind, int field, int men)
    {
        var (counts, totals) = side == Side.Defender ? (_defender, _defenderTotal) : (_attacker, _attackerTotal);
        counts[(int)kind * Fields + field] += men;
        totals[field] += men;
    }

    /// <summary>
    /// Men put out of action by <paramref name="kind"/>, split into killed in action and wounded by one draw from
    /// <paramref name="rng"/> with the kind's killed share. Returns how many were killed.
    /// </summary>
    public int AddLosses(Side side, CombatKind kind, int losses, Xoshiro256StarStar rng)
    {
        if (losses <= 0) return 0;
        var share = _model.KilledShare[(int)kind] ?? throw new InvalidOperationException($"no killed share for {kind}: its losses are not split into killed and wounded");
        var killed = share.Draw(rng, losses);
        Count(side, kind, KilledInAction, killed);
        Count(side, kind, Wounded, losses - killed);
        return killed;
    }

    public void AddDefenderLosses(CombatKind kind, int losses, Xoshiro256StarStar rng) => AddLosses(Side.Defender, kind, losses, rng);

    /// <summary>The attacker's losses, as <see cref="AddLosses"/>: returns how many were killed.</summary>
    public int AddAttackerLosses(CombatKind kind, int losses, Xoshiro256StarStar rng) => AddLosses(Side.Attacker, kind, losses, rng);

    /// <summary>Attackers killed outright, none wounded: occupiers cut off by a counter-attack (the garrison took no prisoners).</summary>
    public void AddAttackerKilled(CombatKind kind, int killed)
    {
        if (killed <= 0) return;
        Count(Side.Attacker, kind, KilledInAction, killed);
    }

    /// <summary>A garrison lost with its position: the men are killed or captured, none walk away wounded.</summary>
    public void AddDefenderOverrun(int killed, int captured)
    {
        Count(Side.Defender, CombatKind.Overrun, KilledInAction, killed);
        Count(Side.Defender, CombatKind.Overrun, CapturedUnwounded, captured);
    }

    /// <summary>
    /// A day in the city for the defender's wounded of each kind: each dies of his wounds with probability
    /// <paramref name="died"/>'s, or else returns to duty with <paramref name="returnedOfSurvivors"/>'s (the chance to
    /// return given that he did not die). Returns how many returned, for the reserve.
    /// </summary>
    public int TreatDefenderWounded(BinomialTable died, BinomialTable returnedOfSurvivors, Xoshiro256StarStar rng)
    {
        if (_defenderTotal[Wounded] == 0) return 0;
        var returnedAll = 0;
        for (var k = 0; k < KindCount; k++)
        {
            var wounded = _defender[k * Fields + Wounded];
            if (wounded == 0) continue;
            var dead = died.Draw(rng, wounded);
            var returned = returnedOfSurvivors.Draw(rng, wounded - dead);
            Move(k, Wounded, DiedOfWounds, dead);
            Move(k, Wounded, Returned, returned);
            returnedAll += returned;
        }
        return returnedAll;
    }

    /// <summary>Everyone still standing when the garrison ceases resistance, and every wounded man in the city.</summary>
    public void AddDefenderSurrendered(int standing)
    {
        Count(Side.Defender, CombatKind.Surrender, CapturedUnwounded, standing);
        for (var k = 0; k < KindCount; k++) Move(k, Wounded, CapturedWounded, _defender[k * Fields + Wounded]);
    }

    private void Move(int kind, int from, int to, int men)
    {
        var i = kind * Fields;
        _defender[i + from] -= men;
        _defender[i + to] += men;
        _defenderTotal[from] -= men;
        _defenderTotal[to] += men;
    }

    /// <summary>Folds the ledger into a run's state hash.</summary>
    public ulong Mix(ulong hash)
    {
        var d = _defenderTotal;
        var a = _attackerTotal;
        hash = StableHash.Fold(hash, ((long)(d[KilledInAction] + d[DiedOfWounds]) << 32) | (long)d[Wounded]);
        hash = StableHash.Fold(hash, ((long)d[Returned] << 32) | (long)(d[CapturedUnwounded] + d[CapturedWounded]));
        return StableHash.Fold(hash, ((long)a[KilledInAction] << 32) | (long)a[Wounded]);
    }
}
