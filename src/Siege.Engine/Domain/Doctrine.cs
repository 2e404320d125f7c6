namespace Siege.Engine.Domain;

/// <summary>
/// When the attacker opens and pauses a general offensive, and how it commits its infantry. Every threshold reads
/// the state of the battle (strengths, losses, shells), never the calendar.
/// </summary>
public sealed record AttackerDoctrine(
    [Parameter(Unit = "ratio", Description = "A general offensive opens only when the ready assault infantry at the city (infantry of role assault, ready and not blocking or holding a taken position, plus the assault groups) is at least this many times the defender's combatants.")]
    Figure OffensiveForceRatio,
    [Parameter(Unit = "ratio", Description = "An offensive under way pauses when the ready assault infantry falls below this many times the defender's combatants. Below offensiveForceRatio (or 0: never), so that an offensive opened at the threshold does not stop in the next hour.")]
    Figure PauseForceRatio,
    [Parameter(Unit = "hours", Description = "Besides offensiveForceRatio, a general offensive opens only when the shells on hand last at least this many hours of full bombardment (all guns × usePerGunHour).")]
    Figure OffensiveShellHours,
    [Parameter(Unit = "fraction", Description = "The offensive pauses when it has cost this fraction of the assault infantry it started with and of the men who became ready while it ran.")]
    Figure PauseLossFraction,
    [Parameter(Unit = "hours", Description = "The offensive pauses when the shells fall below this many hours of full bombardment; below offensiveShellHours (or 0: it never pauses for lack of shells).")]
    Figure PauseShellHours,
    [Parameter(Unit = "hours", Description = "Hours needed to regroup after a pause before a new offensive may open.")]
    Figure RegroupHours,
    [Parameter(Unit = "hours", Description = "Men arriving at the city become ready this many hours later (approach march, reconnaissance, orders); until then they count for nothing and never assault.")]
    Figure PreparationHours,
    [Parameter(Unit = "fraction", Description = "Share of each formation's assault infantry (ready and in its groups) sent into assault groups during an offensive, divided equally between its assaultsPerFormation groups.")]
    Figure AssaultCommitment,
    [Parameter(Unit = "count", Description = "The most assault groups each formation has in action at once during an offensive (the fractional part is dropped).")]
    Figure AssaultsPerFormation,
    [Parameter(Unit = "km", Description = "Each formation attacks along its own axis: a frontier position's weight as its target falls as exp(-distance / this) with the straight-line distance from the formation's staging area.")]
    Figure AxisScaleKm,
    [Parameter(Unit = "men", Description = "Opportunity: a frontier position's weight as a target is divided by 1 + its strength (garrison × defence multiplier) / this, so weakly held positions draw more attacks.")]
    Figure OpportunityMen,
    [Parameter(Unit = "fraction", Description = "Share of the ready infantry of the formation with the most ready infantry sent in the one local attack between offensives.")]
    Figure LocalAttackCommitment,
    [Parameter(Unit = "fraction", Description = "The most a local attack between offensives fires, as a share of full bombardment (all guns × usePerGunHour): mortars and infantry guns rather than the heavy guns.")]
    Figure LocalAttackShellShare,
    [Parameter(Unit = "men", Description = "The smallest assault group worth sending: no new group goes in while the group size (the commitment divided between the groups) is below it.")]
    Figure MinimumAssaultGroup,
    [Parameter(Unit = "fraction", Description = "An assault group is withdrawn once it has lost this fraction of its men. The same fraction ends a defender counter-attack, and decides a relief break-through: the relief breaks through once the blockers have lost this fraction of their strength at its arrival.")]
    Figure AssaultExhaustedFraction,
    [Parameter(Unit = "fraction per hour", Description = "Share of an assault group's losses replaced each hour from its formations' ready infantry, up to their group size: 0 never (spent groups are withdrawn and fresh ones sent), 1 at once (everything landed joins the fight).")]
    Figure AssaultTopUp,
    [Parameter(Unit = "fraction", Description = "Share of a successful assault group left to hold the position it took; the rest return to their formations' ready infantry.")]
    Figure OccupyFraction,
    [Parameter(Unit = "ratio", Description = "When a relief force approaches, blocking formations are brought up from the ready infantry (the formations with most ready men first) to this multiple of the relief strength in the field.")]
    Figure ReliefBlockRatio);

/// <summary>How the garrison reinforces, falls back, counter-attacks and, at the end, ceases resistance.</summary>
public sealed record DefenderDoctrine(
    [Parameter(Unit = "men per position per night", Description = "At dusk, each threatened position of the main, second and core lines linked to the core over open approaches gets at most this many men from the reserve (up to its planned garrison, key positions first): a nightly flow, not a top-up.")]
    Figure NightlyReinforcementMen,
    [Parameter(Unit = "fraction", Description = "Men kept in reserve for counter-attacks, as a fraction of the garrison's full strength (every combatant it has had, at the start or arriving since); reinforcements never draw the reserve below it, counter-attacks may.")]
    Figure ReserveFloorFraction,
    [Parameter(Unit = "hours", Description = "Positions lost within this many hours and reachable from a defender-held position linked to the core are counter-attacked at night: key positions first, then the most recently lost.")]
    Figure CounterattackWindowHours,
    [Parameter(Unit = "ratio", Description = "A counter-attack goes in with at least this many times the occupiers' strength (and at least minimumCounterattack men), or not at all.")]
    Figure CounterattackRatio,
    [Parameter(Unit = "men", Description = "The smallest counter-attack group (rounded up to whole men): a counter-attack against few occupiers still goes in with this many, or not at all.")]
    Figure MinimumCounterattack,
    [Parameter(Unit = "fraction", Description = "Share of the survivors of a break-in who are captured when they cannot fall back (a holdToLast position, or no open approach to a defender-held position of the same or an inner line); the rest are killed.")]
    Figure CapturedWhenOverrun,
    [Parameter(Unit = "fraction", Description = "S in the cease-fire hazard: the garrison's combatants as a fraction of its full strength (every combatant it has had) at which the strength factor (S / s)^ceaseFireSteepness is 1. With 0 the garrison never decides to cease fire: the siege ends only when it holds no line.")]
    Figure CeaseFireStrengthFraction,
    [Parameter(Unit = "fraction", Description = "F in the cease-fire hazard: the firepower at which the firepower factor (F / f)^ceaseFireSteepness is 1. With 0, as with ceaseFireStrengthFraction 0, the garrison never decides to cease fire.")]
    Figure CeaseFireFirepower,
    [Parameter(Unit = "per hour", Description = "Chance per hour that the garrison ceases resistance with its strength at ceaseFireStrengthFraction, its firepower at ceaseFireFirepower and its lines broken: hazard = this × (S / s)^k × (F / f)^k × L, at most 1.")]
    Figure CeaseFireHazardPerHour,
    [Parameter(Unit = "exponent", Description = "k in the cease-fire hazard, rounded to a whole number: how steeply the hazard rises as strength and firepower fall below their reference fractions (and falls above them).")]
    Figure CeaseFireSteepness,
    [Parameter(Unit = "fraction", Description = "L in the cease-fire hazard while the lines are intact (the attacker holds no core position and the garrison still holds a main-line position); 1 once they are broken. Holding no position of the main, second or core line ends the siege outright.")]
    Figure CeaseFireLinesIntactFactor,
    [Parameter(Unit = "fraction", Description = "The garrison rations a stock once it falls below this fraction of its initial stock: each hour it draws the demand × stock / (this × initial stock), and its firepower is the share of the unrationed demand met, so it falls gradually as the stock runs down.")]
    Figure RationBelowFraction,
    [Parameter(Unit = "fraction per day", Description = "Share of the defender's wounded in the city who die of their wounds each day.")]
    Figure DiedOfWoundsPerDay,
    [Parameter(Unit = "fraction per day", Description = "Share of the defender's wounded in the city who return to duty (to the reserve) each day. Those still wounded when the garrison ceases resistance are captured.")]
    Figure ReturnToDutyPerDay,
    [Parameter(Unit = "fraction", Description = "A relief force withdraws after losing this fraction of its strength.")]
    Figure ReliefWithdrawLossFraction);

/// <summary>The attrition model's rates and multipliers (Lanchester square law with Dupuy's QJM factors).</summary>
public sealed record CombatParameters(
    [Parameter(Unit = "men per man per day", Description = "Defender men put out of action per engaged attacker per day of assault, every multiplier at 1. Also the rate of occupiers against counter-attackers, and of blockers against relief forces.")]
    Figure AttackerKillRate,
    [Parameter(Unit = "men per man per day", Description = "Attacker men put out of action per defending man per day of assault, every multiplier at 1. Also the rate of counter-attackers against occupiers, and of relief forces against blockers.")]
    Figure DefenderKillRate,
    [Parameter(Unit = "men", Description = "The most attackers who can engage one position at once: the width of the ground limits a square-law fight. Counter-attacks are capped the same way.")]
    Figure AssaultFrontage,
    [Parameter(Unit = "fraction", Description = "Share of each neighbouring garrison's fire that falls on the attackers of a position (interlocking fields of fire), from defender-held neighbours reached over open approaches.")]
    Figure SupportingFireShare,
    [Parameter(Unit = "per hour", Description = "Rate of break-ins at a fire ratio of 1: each hour of assault the attackers break into the position with probability 1 − exp(−breakInRatePerHour × R^breakInExponent), R the fire ratio (engaged attackers and their support against the garrison, its supporting fire, firepower and defence multiplier). Counter-attacks break in by the same rule.")]
    Figure BreakInRatePerHour,
    [Parameter(Unit = "exponent", Description = "How steeply the chance of a break-in rises with the fire ratio R (see breakInRatePerHour).")]
    Figure BreakInExponent,
    [Parameter(Unit = "fraction", Description = "Share of the defenders of a position put out of action in the close combat of a break-in (killed or wounded); the survivors fall back or are overrun. The same share of the occupiers is lost when a counter-attack breaks in.")]
    Figure CloseCombatDefenderLoss,
    [Parameter(Unit = "ratio", Description = "Men the side breaking in loses in the close combat for each man the defenders lose.")]
    Figure CloseCombatExchange,
    [Parameter(Unit = "multiplier", Description = "A night counter-attack's fire ratio is multiplied by this (surprise, and the defender knowing the ground).")]
    Figure CounterattackNightSurprise,
    [Parameter(Unit = "hours", Description = "For this many hours after taking a position its occupiers are disorganised (works facing the wrong way, units mixed, ammunition low): counter-attacks on them have their fire ratio multiplied by disorganisedFactor.")]
    Figure OccupiersDisorganisedHours,
    [Parameter(Unit = "multiplier", Description = "Multiplier of a counter-attack's fire ratio while the occupiers are disorganised (see occupiersDisorganisedHours).")]
    Figure DisorganisedFactor,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of a hasty defence; also the floor that worn works fall to, and the posture of occupiers and of blocking formations.")]
    Figure PostureHasty,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of a prepared defence.")]
    Figure PosturePrepared,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of a fortified defence.")]
    Figure PostureFortified,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of urban terrain.")]
    Figure TerrainUrban,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of hill terrain.")]
    Figure TerrainHill,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of paddy terrain.")]
    Figure TerrainPaddy,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of riverbank terrain.")]
    Figure TerrainRiverbank,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier of village terrain (open terrain is 1).")]
    Figure TerrainVillage,
    [Parameter(Unit = "multiplier", Description = "Defence multiplier when every attacker-held neighbour attacks across a river crossing.")]
    Figure RiverCrossing,
    [Parameter(Unit = "multiplier", Description = "Attacker effectiveness at night.")]
    Figure NightAttackerFactor,
    [Parameter(Unit = "fraction", Description = "Attacker effectiveness is multiplied by 1 + this × the share of the guns' shell demand fired this hour.")]
    Figure ArtilleryBonus,
    [Parameter(Unit = "fraction", Description = "Defender firepower with every stock exhausted (bayonets, captured weapons): firepower = floor + (1 − floor) × the weighted share of ammunition demand met.")]
    Figure FirepowerFloor,
    [Parameter(Unit = "fraction", Description = "Share of the men put out of action by shellfire who are killed outright; the rest are wounded (both sides).")]
    Figure KilledShareBombardment,
    [Parameter(Unit = "fraction", Description = "Share of the men put out of action in a fire fight (an assault, a counter-attack, a relief's fight with the blockers) who are killed outright; the rest are wounded (both sides).")]
    Figure KilledShareFireFight,
    [Parameter(Unit = "fraction", Description = "Share of the men put out of action in close combat (a break-in, hand-to-hand in the works) who are killed outright; the rest are wounded (both sides).")]
    Figure KilledShareCloseCombat,
    [Parameter(Unit = "fraction", Description = "Share of the men put out of action by gas who are killed outright; the rest are wounded. The defender's extra losses while gas lasts (gasLossMultiplier) are gas casualties.")]
    Figure KilledShareGas,
    [Parameter(Unit = "fraction", Description = "Share of the men put out of action from the air (air raids on the garrison, allied aircraft strafing the attacker) who are killed outright; the rest are wounded.")]
    Figure KilledShareAirRaid,
    [Parameter(Unit = "per shell per man", Description = "Chance that one shell fired at a position puts out of action each man there (capped at bombardmentLossCap per hour).")]
    Figure BombardmentLethality,
    [Parameter(Unit = "fraction per hour", Description = "The largest share of the men at a position that one hour's bombardment can put out of action, however many shells fall on it.")]
    Figure BombardmentLossCap,
    [Parameter(Unit = "condition per shell", Description = "Loss of fortification condition (1 intact, 0 wrecked) at a position for each shell fired at it.")]
    Figure FortificationDamagePerShell,
    [Parameter(Unit = "condition per hour", Description = "Fortification condition restored in each night hour at a garrisoned position that is not under assault.")]
    Figure FortificationRepairPerNightHour,
    [Parameter(Unit = "fraction", Description = "Fraction of the men at a target lost to an air raid of intensity 1; the reserve and the service troops are hit as well when the raid targets the core.")]
    Figure AirRaidLossFraction,
    [Parameter(Unit = "condition", Description = "Loss of fortification condition at a target from an air raid of intensity 1.")]
    Figure AirRaidFortificationDamage,
    [Parameter(Unit = "multiplier", Description = "While gas lasts at a position, defender losses in assaults there are multiplied by 1 + this × intensity.")]
    Figure GasLossMultiplier,
    [Parameter(Unit = "fraction", Description = "Fraction of the attacker's uncommitted assault infantry lost to one alliedAirSupport event of intensity 1.")]
    Figure AlliedAirLossFraction);

/// <summary>Local hours of sunrise and sunset; hours outside them are night.</summary>
public sealed record Daylight(int SunriseMinute, int SunsetMinute)
{
    public bool IsNight(int minuteOfDay) => minuteOfDay < SunriseMinute || minuteOfDay >= SunsetMinute;
}
