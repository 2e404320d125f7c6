using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Siege.Cli.Tests.Commands;

public sealed class StoreMergeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-merge-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string File(string name) => Path.Combine(_folder, name);

    private static JsonNode Ensemble(params string[] args)
    {
        var result = CliRunner.Run(["ensemble", "--format", "json", .. args]);
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonNode.Parse(result.Out)!;
        json.AsObject().Remove("timing");
        return json;
    }

    [Fact]
    public void Shards_of_an_ensemble_merged_give_the_ensemble_of_all_its_seeds_without_running_any_again()
    {
        // Three array-job tasks, each into its own store, as deploy/ runs them.
        for (var k = 1; k <= 3; k++) Ensemble("--runs", "13", "--seed", "5", "--shard", $"{k}/3", "--store", File($"shard-{k}.db"));

        var merge = CliRunner.Run("store", "merge", File("all.db"), File("shard-1.db"), File("shard-2.db"), File("shard-3.db"));
        Assert.Equal(0, merge.ExitCode);
        Assert.EndsWith("all.db: 13 runs added from 3 stores, 0 were there already\n", merge.Out);

        var merged = CliRunner.Run("ensemble", "--runs", "13", "--seed", "5", "--store", File("all.db"), "--format", "json");
        Assert.Contains("13 already in the store, 0 run", merged.Error);
        var mergedJson = JsonNode.Parse(merged.Out)!;
        mergedJson.AsObject().Remove("timing");
        Assert.Equal(Ensemble("--runs", "13", "--seed", "5", "--store", File("one.db")).ToJsonString(), mergedJson.ToJsonString());
    }

    [Fact]
    public void A_shard_runs_its_part_of_the_seeds()
    {
        var json = Ensemble("--runs", "10", "--seed", "1", "--shard", "2/3", "--store", File("s.db"));
        // 10 seeds in 3 parts: 1-4, 5-7, 8-10.
        Assert.Equal((5UL, 3), (json["seed"]!.GetValue<ulong>(), json["runs"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/3/4")]
    public void A_shard_that_is_not_k_of_n_is_refused_in_one_line(string shard)
    {
        var result = CliRunner.Run("ensemble", "--runs", "10", "--shard", shard, "--store", File("s.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"siege: --shard: '{shard}' is not K/N with whole numbers 1 <= K <= N (for example 3/8)\n", result.Error);
    }

    [Fact]
    public void A_store_with_another_run_of_a_seed_is_refused_and_nothing_of_it_is_merged()
    {
        Ensemble("--runs", "3", "--store", File("a.db"));
        Ensemble("--runs", "3", "--seed", "3", "--store", File("b.db"));
        using (var raw = new SqliteConnection($"Data Source={File("b.db")};Pooling=False"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = "UPDATE runs SET end_hour = end_hour + 1 WHERE seed = 3";
            command.ExecuteNonQuery();
        }

        var result = CliRunner.Run("store", "merge", File("a.db"), File("b.db"));
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"siege: IN {File("b.db")}: both stores hold seed 3 of scenario ", line);
        Assert.EndsWith("; nothing of it was merged", line);
        // Seeds 4 and 5 of b.db are not in a.db.
        Assert.Contains("3 already in the store, 2 run", CliRunner.Run("ensemble", "--runs", "5", "--store", File("a.db")).Error);
    }

    [Fact]
    public void A_store_is_not_merged_into_itself_and_a_missing_input_is_named()
    {
        Ensemble("--runs", "2", "--store", File("a.db"));
        Assert.Equal($"siege: IN {File("a.db")}: is OUT itself; a store is not merged into itself\n",
            CliRunner.Run("store", "merge", File("a.db"), File("a.db")).Error);
        var missing = CliRunner.Run("store", "merge", File("a.db"), File("nope.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith($"siege: IN {File("nope.db")}: no such run store", missing.Error);
    }
}
