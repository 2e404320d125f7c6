using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Report;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using Siege.Trace;

namespace Siege.Cli.Output;

/// <summary>
/// The JSON contract of <c>siege run --format json</c>: one object that later tools (ensembles, the report, the
/// viewer) read. Times are ISO 8601 local times of the battle. It says what the run is a run of: the scenario's
/// content hash (<c>scenarioHash</c>), the engine's model version (<c>modelVersion</c>) and the variant
/// (<c>{id, hash}</c>, null for the baseline), and what the scenario calls each side.
/// </summary>
public static class RunJson
{
    public static string Serialize(LoadedScenario loaded, RunProvenance provenance, RunResult run) => Json.Serialize(Build(loaded, provenance, run));

    public static object Build(LoadedScenario loaded, RunProvenance provenance, RunResult run)
    {
        var scenario = loaded.Scenario;
        return new
        {
            scenario = scenario.Id,
            scenarioHash = provenance.ScenarioHash,
            modelVersion = Siege.Engine.Simulation.SiegeModel.ModelVersion,
            variant = provenance.Variant is { } v ? new { id = v.Id, hash = v.Hash } : null,
            sides = new
            {
                defender = new { name = scenario.Sides.Defender.Name, nameEn = scenario.Sides.Defender.NameEn },
                attacker = new { name = scenario.Sides.Attacker.Name, nameEn = scenario.Sides.Attacker.NameEn },
            },
            seed = run.Seed,
            hash = run.HashHex,
            start = Iso(run.Start),
            end = Iso(run.End),
            durationDays = Math.Round(run.DurationDays, 2),
            outcome = run.Outcome.ToString().ToLowerInvariant(),
            endReason = EndWords.Id(run.EndReason),
            offensives = run.Offensives.Select(o => new
            {
                ordinal = o.Ordinal,
                start = Iso(run.Start.AddHours(o.StartHour)),
                end = o.EndHour is { } e ? Iso(run.Start.AddHours(e)) : null,
            }),
            positions = scenario.Map.Positions.Zip(run.Positions, (p, r) => new
            {
                id = p.Id,
                name = p.Name,
                nameEn = p.NameEn,
                tier = Camel(p.Tier.ToString()),
                lostAt = r.LostAtHour is { } h ? Iso(run.Start.AddHours(h)) : null,
                firstLostAt = r.FirstLostHour is { } f ? Iso(run.Start.AddHours(f)) : null,
                changes = r.Changes,
            }),
            casualties = new
            {
                defender = Casualties(run.Defender),
                attacker = Casualties(run.Attacker),
            },
            personnel = new
            {
                defender = Personnel(run.Defender),
                attacker = Personnel(run.Attacker),
            },
            ammunition = new
            {
                defender = Supplies(scenario.Supplies.Defender, run.Supplies.Where(s => s.Side == Side.Defender)),
                attacker = Supplies(scenario.Supplies.Attacker, run.Supplies.Where(s => s.Side == Side.Attacker)),
            },
            days = run.Days.Select(d => new
            {
                day = d.Day,
                date = Iso(run.Start.AddDays(d.Day)).Substring(0, 10),
                defenderCombatants = d.DefenderCombatants,
                attackerInfantry = d.AttackerInfantry,
                defenderFirepower = Math.Round(d.DefenderFirepower, 3),
                attackerShells = d.AttackerShells,
                positionsHeld = d.PositionsHeldByDefender,
                offensive = d.OffensiveActive,
            }),
            fidelity = Fidelity.Compare(scenario, loaded.Record, run).Select(r => new
            {
                item = r.Item,
                description = r.Description,
                recorded = r.Recorded,
                simulated = r.Simulated,
                // Null for a row not compared: a figure of unknown scope, or of a scope the run does not count.
                ok = r.Compared ? r.Ok : (bool?)null,
                verdict = Camel(r.Verdict.ToString()),
                sources = r.Sources,
            }),
        };
    }

    /// <summary>
    /// Each man once, by what became of him (killed includes died of wounds, captured includes captured wounded,
    /// wounded are those still out of action), the breakdown, and by kind of combat the men it put out of action.
    /// </summary>
    private static object Casualties(PersonnelLedger ledger)
    {
        var c = ledger.Casualties;
        return new
        {
            killed = c.Killed,
            wounded = c.Wounded,
            captured = c.Captured,
            killedInAction = c.KilledInAction,
            diedOfWounds = c.DiedOfWounds,
            woundedEver = c.WoundedEver,
            returnedToDuty = c.ReturnedToDuty,
            capturedUnwounded = c.CapturedUnwounded,
            capturedWounded = c.CapturedWounded,
            byKind = ledger.ByKind.IsDefaultOrEmpty ? [] : Enum.GetValues<CombatKind>().Select(k => (object)new
            {
                kind = EndWords.Id(k),
                killedInAction = ledger.Of(k).KilledInAction,
                wounded = ledger.Of(k).WoundedEver,
                capturedUnwounded = ledger.Of(k).CapturedUnwounded,
            }).ToArray(),
        };
    }

    private static object Personnel(PersonnelLedger p) => new { initial = p.Initial, arrived = p.Arrived, present = p.Present };

    private static IEnumerable<object> Supplies(IEnumerable<Supply> supplies, IEnumerable<SupplyLedger> ledgers) =>
        ledgers.Join(supplies, l => l.Id, s => s.Id, (l, s) => (object)new
        {
            id = l.Id, name = s.Name, nameEn = s.NameEn, initial = l.Initial, arrived = l.Arrived, used = l.Used, remaining = l.Remaining,
        });

    internal static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
