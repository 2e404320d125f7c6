namespace Siege.Engine.Results;

/// <summary>
/// The kind of fighting that put men out of action. The casualty ledger keeps each side's losses by kind, so a report
/// can say which kinds of combat produced them; a new kind is one member here, its killed share in
/// <c>SiegeModel.KilledShareOf</c> (if men are wounded in it) and the places that add losses of it.
/// </summary>
public enum CombatKind
{
    /// <summary>Shells fired in support of an assault.</summary>
    Bombardment,
    /// <summary>The exchange of fire between an assault group and a garrison.</summary>
    FireFight,
    /// <summary>Hand-to-hand fighting in the works, once the attackers break in (or the counter-attackers do).</summary>
    CloseCombat,
    /// <summary>The defender's extra losses in an assault while gas lasts at the position.</summary>
    Gas,
    /// <summary>A garrison lost with its position: overrun, killed or captured.</summary>
    Overrun,
    /// <summary>Bombs from the air.</summary>
    AirRaid,
    /// <summary>Allied aircraft strafing the attacker.</summary>
    AlliedAir,
    /// <summary>Relief forces against the formations blocking them.</summary>
    Relief,
    /// <summary>Everyone standing when the garrison ceased resistance.</summary>
    Surrender,
    /// <summary>A counter-attack on a lost position: its fire fight with the occupiers, its break-in, the occupiers cut off.</summary>
    Counterattack,
}
