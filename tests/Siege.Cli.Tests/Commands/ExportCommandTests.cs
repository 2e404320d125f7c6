using System.Globalization;
using Parquet;

namespace Siege.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    // Every row starts with what it is a run of: the embedded scenario's id and content hash, and no variant.
    private static readonly string ScenarioHash = Siege.Scenarios.Loading.ScenarioLoader.LoadEmbedded().Scenario!.ContentHash;
    private static readonly string Baseline = $"hengyang-1944,{ScenarioHash},,";
    private const string ProvenanceColumns = "scenario,scenario_hash,variant,variant_hash,";

    private readonly string _folder = Directory.CreateTempSubdirectory("siege-export-").FullName;
    private readonly string _store;

    public ExportCommandTests()
    {
        _store = Path.Combine(_folder, "runs.db");
        Assert.Equal(0, CliRunner.Run("ensemble", "--runs", "12", "--store", _store, "--format", "json").ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] Csv(string what)
    {
        var path = Path.Combine(_folder, what + ".csv");
        var result = CliRunner.Run("export", "--store", _store, "--what", what, "--out", path);
        Assert.Equal(0, result.ExitCode);
        return File.ReadAllLines(path);
    }

    [Fact]
    public void Runs_have_one_row_per_run_with_the_documented_columns()
    {
        var lines = Csv("runs");
        Assert.Equal(ProvenanceColumns + "seed,run_hash,end_hour,duration_days,outcome,end_reason,defender_killed,defender_wounded,defender_captured,attacker_killed,attacker_wounded,offensive_count", lines[0]);
        Assert.Equal(1 + 12, lines.Length);
        // Seed 1's hash is the golden hash of the engine tests: the store keeps exactly what the engine produced.
        Assert.StartsWith(Baseline + ",1,8533a0b18fd0d200,", lines[1]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(Baseline + ",", l));
        // Each run's end reason (column 9) is the engine's for that seed, in the store's words.
        var model = Siege.Engine.Simulation.SiegeModel.Compile(Siege.Scenarios.Loading.ScenarioLoader.LoadEmbedded().Scenario!.Scenario);
        Assert.All(lines.Skip(1).Select(l => l.Split(',')), r =>
        {
            var reason = model.Run(ulong.Parse(r[4], CultureInfo.InvariantCulture)).EndReason.ToString();
            Assert.Equal(char.ToLowerInvariant(reason[0]) + reason[1..], r[9]);
        });
    }

    [Fact]
    public void Daily_rows_cover_every_day_of_every_run()
    {
        var days = Csv("daily");
        var runs = Csv("runs").Skip(1).Select(l => l.Split(','));
        Assert.StartsWith(ProvenanceColumns + "seed,day,defender_combatants,", days[0]);
        // One snapshot at each 23:00 up to the end and one at the end itself, unless the run ended at 23:00: for an
        // end hour h (column 6) that is h / 24 + 1 either way (h = 24k + 23 has k + 1 evenings; h = 24k + r, r < 23, has
        // k evenings and the end).
        var expected = runs.Sum(r => int.Parse(r[6]) / 24 + 1);
        Assert.Equal(expected, days.Length - 1);
    }

    [Fact]
    public void Daily_rows_expand_each_runs_stored_series_to_the_documented_columns()
    {
        var days = Csv("daily");
        Assert.Equal(ProvenanceColumns + "seed,day,defender_combatants,defender_reserve,attacker_infantry,attacker_blocking,attacker_shells,"
            + "defender_firepower,defender_stocks,positions_held,offensive", days[0]);
        // Seed 1's rows are the engine's daily snapshots of seed 1, one row each, in order.
        var run = Siege.Engine.Simulation.SiegeModel.Compile(Siege.Scenarios.Loading.ScenarioLoader.LoadEmbedded().Scenario!.Scenario).Run(1);
        var expected = run.Days.Select(d => Baseline + "," + string.Join(',',
            "1", d.Day.ToString(CultureInfo.InvariantCulture), d.DefenderCombatants.ToString(CultureInfo.InvariantCulture),
            d.DefenderReserve.ToString(CultureInfo.InvariantCulture), d.AttackerInfantry.ToString(CultureInfo.InvariantCulture),
            d.AttackerBlocking.ToString(CultureInfo.InvariantCulture), d.AttackerShells.ToString(CultureInfo.InvariantCulture),
            d.DefenderFirepower.ToString("R", CultureInfo.InvariantCulture), string.Join(';', d.DefenderStocks),
            d.PositionsHeldByDefender.ToString(CultureInfo.InvariantCulture), d.OffensiveActive ? "true" : "false"));
        Assert.Equal(expected, days.Skip(1).Where(l => l.StartsWith(Baseline + ",1,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Positions_list_each_position_lost_in_each_run()
    {
        var lines = Csv("positions");
        Assert.Equal(ProvenanceColumns + "seed,position_id,first_lost_hour,lost_at_hour,changes", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(Baseline + ",", l));
        Assert.True(lines.Length > 12 * 20, "most of the 55 defended positions fall in every run");
    }

    [Fact]
    public async Task Parquet_holds_the_same_rows_as_csv()
    {
        var path = Path.Combine(_folder, "runs.parquet");
        Assert.Equal(0, CliRunner.Run("export", "--store", _store, "--format", "parquet", "--out", path).ExitCode);
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(12, reader.Metadata!.NumRows);
        Assert.Equal(["scenario", "scenario_hash", "variant", "variant_hash", "seed", "run_hash", "end_hour", "duration_days", "outcome", "end_reason", "defender_killed", "defender_wounded",
            "defender_captured", "attacker_killed", "attacker_wounded", "offensive_count"], reader.Schema.DataFields.Select(f => f.Name));
    }

    [Fact]
    public void A_variants_rows_name_it_and_its_hash()
    {
        Assert.Equal(0, CliRunner.Run("ensemble", "--runs", "3", "--variant", "no-gas", "--store", _store, "--format", "json").ExitCode);
        var path = Path.Combine(_folder, "no-gas.csv");
        Assert.Equal(0, CliRunner.Run("export", "--store", _store, "--variant", "no-gas", "--out", path).ExitCode);
        var hash = Siege.Scenarios.Variants.ShippedVariants.Embedded().Load("no-gas")!.Variant!.ContentHash;
        var rows = File.ReadAllLines(path).Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.StartsWith($"hengyang-1944,{ScenarioHash},no-gas,{hash},", r));
    }

    [Fact]
    public void A_missing_store_is_reported()
    {
        var result = CliRunner.Run("export", "--store", Path.Combine(_folder, "none.db"), "--out", Path.Combine(_folder, "x.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such run store", result.Error);
    }
}
