namespace Siege.Engine.Domain;

/// <summary>
/// When the attacker opens and pauses a general offensive, and how it commits its infantry. Every threshold reads
/// the state of the battle (strengths, losses, shells), never the calendar.
/// </summary>
public sealed record AttackerDoctrine(
    // Open an offensive when assault infantry at the city is at least this many times the defender's combatants.
    Figure OffensiveForceRatio,
    // ... and shells on hand last at least this many hours of full bombardment.
    Figure OffensiveShellHours,
    // Pause when the offensive has cost this fraction of the infantry it started with.
    Figure PauseLossFraction,
    // Pause when shells fall below this many hours of full bombardment.
    Figure PauseShellHours,
    // Hours needed to regroup after a pause before a new offensive.
    Figure RegroupHours,
    // Fraction of available infantry sent into assault groups during an offensive.
    Figure AssaultCommitment,
    // Most positions assaulted at once during an offensive.
    Figure MaxAssaults,
    // Fraction of available infantry used for local attacks between offensives.
    Figure LocalAttackCommitment,
    // An assault group is withdrawn when it has lost this fraction of the men committed to it.
    Figure AssaultExhaustedFraction,
    // Share of an assault group's losses replaced each hour from the uncommitted infantry (0: groups are never fed;
    // 1: every loss is replaced at once while men are left, as when a landing force commits everything it puts ashore).
    Figure AssaultTopUp,
    // Fraction of a successful assault group left to hold the position it took.
    Figure OccupyFraction,
    // Blocking formations are topped up from the assault infantry to this multiple of an approaching relief force.
    Figure ReliefBlockRatio);

/// <summary>How the garrison reinforces, falls back, counter-attacks and, at the end, ceases resistance.</summary>
public sealed record DefenderDoctrine(
    // At dusk, threatened positions below this fraction of their planned garrison are reinforced from the reserve.
    Figure ReinforceBelowFraction,
    // Men kept in reserve for counter-attacks, as a fraction of the garrison's full strength (all the combatants it has
    // had, at the start or arriving since).
    Figure ReserveFloorFraction,
    // A garrison below this fraction of its planned strength, and outnumbered, falls back (unless ordered to hold).
    Figure FallBackBelowFraction,
    // A position with fewer men than this is overrun.
    Figure OverrunBelowMen,
    // Key positions lost within this many hours are counter-attacked at night.
    Figure CounterattackWindowHours,
    // A counter-attack goes in with at least this many times the occupiers' strength, or not at all.
    Figure CounterattackRatio,
    // Fraction of survivors captured when a garrison is overrun with nowhere to fall back.
    Figure CapturedWhenOverrun,
    // The garrison ceases resistance when its combatants fall below this fraction of its full strength ...
    Figure CeaseFireStrengthFraction,
    // ... or its firepower below this, once the attacker holds a core position.
    Figure CeaseFireFirepower,
    // Relief forces withdraw after losing this fraction of their strength.
    Figure ReliefWithdrawLossFraction);

/// <summary>The attrition model's rates and multipliers (Lanchester square law with Dupuy's QJM factors).</summary>
public sealed record CombatParameters(
    // Defender men put out of action per attacking man per day of assault, all multipliers at 1.
    Figure AttackerKillRate,
    // Attacker men put out of action per defending man per day of assault, all multipliers at 1.
    Figure DefenderKillRate,
    // Most attackers who can engage one position at once: the width of the ground limits a square-law fight.
    Figure AssaultFrontage,
    // Share of each neighbouring garrison's fire that falls on attackers assaulting a position (interlocking fields of fire).
    Figure SupportingFireShare,
    Figure PostureHasty,
    Figure PosturePrepared,
    Figure PostureFortified,
    Figure TerrainUrban,
    Figure TerrainHill,
    Figure TerrainPaddy,
    Figure TerrainRiverbank,
    Figure TerrainVillage,
    // Defender multiplier when every attacking approach crosses a river.
    Figure RiverCrossing,
    // Attacker effectiveness at night.
    Figure NightAttackerFactor,
    // Attacker effectiveness gained with full artillery support (1 + this).
    Figure ArtilleryBonus,
    // Defender firepower with every stock exhausted (bayonets, captured weapons).
    Figure FirepowerFloor,
    // Share of casualties killed; the rest are wounded.
    Figure DefenderKilledShare,
    Figure AttackerKilledShare,
    // Defender casualties per shell fired at a position, per man there.
    Figure BombardmentLethality,
    // Loss of fortification condition per shell, at one position.
    Figure FortificationDamagePerShell,
    // Fortification condition restored per night hour.
    Figure FortificationRepairPerNightHour,
    // Fraction of the men at a target lost to an air raid of intensity 1.
    Figure AirRaidLossFraction,
    // Fortification condition lost to an air raid of intensity 1.
    Figure AirRaidFortificationDamage,
    // Defender losses are multiplied by 1 + this × intensity under gas.
    Figure GasLossMultiplier,
    // Fraction of attacker assault infantry lost to a day of Allied air support of intensity 1.
    Figure AlliedAirLossFraction);

/// <summary>Local hours of sunrise and sunset; hours outside them are night.</summary>
public sealed record Daylight(int SunriseMinute, int SunsetMinute)
{
    public bool IsNight(int minuteOfDay) => minuteOfDay < SunriseMinute || minuteOfDay >= SunsetMinute;
}
