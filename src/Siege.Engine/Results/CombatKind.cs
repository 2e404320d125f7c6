namespace Siege.Engine.Results;

/// <summary>
/// The kind of fighting that put men out of action. The casualty ledger keeps each side's losses by kind, so a report
/// can say which kinds of combat produced them; a new kind is one member here plus the places that add losses of it.
/// </summary>
public enum CombatKind
{
    /// <summary>Shells fired in support of an assault.</summary>
    Bombardment,
    /// <summary>The exchange of fire between an assault group and a garrison.</summary>
    FireFight,
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
    /// <summary>The hand-to-hand fighting of a break-in, on both sides (the garrison's survivors then fall back or are overrun).</summary>
    CloseCombat,
    /// <summary>A counter-attack on a lost position: its fire fight with the occupiers, its break-in, the occupiers cut off.</summary>
    Counterattack,
}
