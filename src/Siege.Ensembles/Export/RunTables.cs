using Siege.Scenarios.Loading;

namespace Siege.Ensembles.Export;

/// <summary>
/// The run store as three tidy tables: one row per run, per run × position lost, per run × day. The columns are
/// documented here and in the README; their names are the contract for pandas and R scripts. Every row starts with
/// what it is a run of (<see cref="ProvenanceColumns"/>), so that tables of several scenarios or variants can be
/// stacked and still told apart.
/// </summary>
public static class RunTables
{
    /// <summary>The first columns of every table: the scenario and the variant, each by id and content hash.</summary>
    public static readonly IReadOnlyList<ExportColumn> ProvenanceColumns =
    [
        new("scenario", ColumnType.Text, "the scenario's id"),
        new("scenario_hash", ColumnType.Text, "SHA-256 of the scenario's files as written (64 hex digits)"),
        new("variant", ColumnType.Text, "the variant's id, empty for the baseline"),
        new("variant_hash", ColumnType.Text, "SHA-256 of the variant file's text, empty for the baseline"),
    ];

    public static readonly IReadOnlyList<ExportColumn> RunColumns =
    [
        .. ProvenanceColumns,
        new("seed", ColumnType.UnsignedLong, "the run's seed"),
        new("run_hash", ColumnType.Text, "the engine's state hash of the run (16 hex digits)"),
        new("end_hour", ColumnType.Long, "hours from the scenario's start to the end of the run"),
        new("duration_days", ColumnType.Double, "end_hour / 24"),
        new("outcome", ColumnType.Text, "fell, relieved or held"),
        new("end_reason", ColumnType.Text, "horizon, relieved, noLineHeld, strengthSpent, firepowerSpent or linesBroken; empty for a run stored before it was kept"),
        new("defender_killed", ColumnType.Long, "defender killed"),
        new("defender_wounded", ColumnType.Long, "defender wounded"),
        new("defender_captured", ColumnType.Long, "defender captured"),
        new("attacker_killed", ColumnType.Long, "attacker killed"),
        new("attacker_wounded", ColumnType.Long, "attacker wounded"),
        new("offensive_count", ColumnType.Long, "general offensives opened"),
    ];

    public static readonly IReadOnlyList<ExportColumn> PositionColumns =
    [
        .. ProvenanceColumns,
        new("seed", ColumnType.UnsignedLong, "the run's seed"),
        new("position_id", ColumnType.Text, "the position's id in the scenario"),
        new("first_lost_hour", ColumnType.Long, "hours from the start to the first time the attacker took it"),
        new("lost_at_hour", ColumnType.Long, "hours to the last time it was taken, empty if the defender held it at the end"),
        new("changes", ColumnType.Long, "how many times it changed hands"),
    ];

    public static readonly IReadOnlyList<ExportColumn> DailyColumns =
    [
        .. ProvenanceColumns,
        new("seed", ColumnType.UnsignedLong, "the run's seed"),
        new("day", ColumnType.Long, "days from the start (the snapshot is taken at 23:00, or at the end)"),
        new("defender_combatants", ColumnType.Long, "defenders in garrisons, reserve and counter-attacks"),
        new("defender_reserve", ColumnType.Long, "the defender's reserve"),
        new("attacker_infantry", ColumnType.Long, "attacker assault infantry (uncommitted and in assault groups)"),
        new("attacker_blocking", ColumnType.Long, "attacker formations blocking relief"),
        new("attacker_shells", ColumnType.Long, "attacker shells on hand"),
        new("defender_firepower", ColumnType.Double, "share of the defender's ammunition demand met (0 to 1)"),
        new("defender_stocks", ColumnType.Text, "the defender's stocks, ';'-separated in the scenario's supply order"),
        new("positions_held", ColumnType.Long, "positions the defender holds"),
        new("offensive", ColumnType.Boolean, "a general offensive is running"),
    ];

    public static ExportTable Runs(RunStore store, EnsembleKey key, string? variantId, SeedRange? seeds) =>
        new("runs", RunColumns, store.ReadRuns(key, seeds).Select(r => new object?[]
        {
            key.ScenarioId, key.ScenarioHash, variantId, Blank(key.VariantHash),
            r.Seed, r.RunHash, (long)r.EndHour, Math.Round(r.EndHour / 24.0, 4), r.Outcome.ToString().ToLowerInvariant(),
            r.EndReason is { } reason ? BatchWriter.EndReasonText(reason) : null,
            (long)r.Defender.Killed, (long)r.Defender.Wounded, (long)r.Defender.Captured,
            (long)r.Attacker.Killed, (long)r.Attacker.Wounded, (long)r.OffensiveCount,
        }));

    public static ExportTable Positions(RunStore store, EnsembleKey key, string? variantId, SeedRange? seeds) =>
        new("positions", PositionColumns, store.ReadPositionFalls(key, seeds).Select(p => new object?[]
        {
            key.ScenarioId, key.ScenarioHash, variantId, Blank(key.VariantHash),
            p.Seed, p.PositionId, (long)p.FirstLostHour, p.LostAtHour is { } h ? (long)h : null, (long)p.Changes,
        }));

    /// <summary>Daily rows, one run at a time: each run's blob of daily figures is expanded to one row per snapshot.</summary>
    public static ExportTable Daily(RunStore store, EnsembleKey key, string? variantId, SeedRange? seeds) =>
        new("daily", DailyColumns, store.ReadDailySeries(key, seeds).SelectMany(run => run.Days.Select(d => new object?[]
        {
            key.ScenarioId, key.ScenarioHash, variantId, Blank(key.VariantHash),
            run.Seed, (long)d.Day, (long)d.DefenderCombatants, (long)d.DefenderReserve, (long)d.AttackerInfantry,
            (long)d.AttackerBlocking, d.AttackerShells, d.DefenderFirepower, string.Join(';', d.DefenderStocks),
            (long)d.PositionsHeld, d.Offensive,
        })));

    /// <summary>
    /// The table <paramref name="what"/> of the runs of <paramref name="key"/>; <paramref name="variantId"/> names the
    /// variant whose hash the key holds (null for the baseline), since the key alone holds only its hash.
    /// </summary>
    public static ExportTable For(string what, RunStore store, EnsembleKey key, string? variantId, SeedRange? seeds) => what switch
    {
        "runs" => Runs(store, key, variantId, seeds),
        "positions" => Positions(store, key, variantId, seeds),
        "daily" => Daily(store, key, variantId, seeds),
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, "runs, positions or daily"),
    };

    // The baseline's variant hash is the empty string; written as an empty field either way.
    private static string? Blank(string hash) => hash.Length == 0 ? null : hash;

    /// <summary>Every seed a store can hold under a key (0 to 2^64 − 1), for exporting whatever is there.</summary>
    public static readonly SeedRange? AllSeeds = null;

    internal static string Describe(LoadedScenario loaded) => loaded.Scenario.Id;
}
