using System.Globalization;

namespace Siege.Cli.Tests.Safety;

/// <summary>
/// Every command that writes, with each mistake a typo can make in a path: each is refused before any work with exit
/// code 2 and one <c>siege:</c> line naming the option, and the run store (and whatever the wrong path named) is left
/// byte for byte as it was. The commands ask for seeds the store does not hold (from 100), so a check made after the
/// runs would show as a changed store.
/// </summary>
public sealed class OutputMistakesTests(SmallStore files) : IClassFixture<SmallStore>
{
    /// <summary>
    /// The commands and how each is told to write: a file (export's --out), a folder (--plot, schema's --out), or only
    /// the store; and whether it has a --store (schema has none, so the store's own mistakes do not apply to it).
    /// </summary>
    private static readonly Dictionary<string, (string[] Args, string? FileOption, string? FolderOption, bool HasStore)> Commands = new()
    {
        ["export"] = (["export"], "--out", null, true),
        ["report"] = (["report", "--runs", "2", "--seed", "100"], "--out", null, true),
        ["ensemble"] = (["ensemble", "--runs", "2", "--seed", "100"], null, "--plot", true),
        ["whatif"] = (["whatif", "--variant", "no-gas", "--runs", "2", "--seed", "100"], null, "--plot", true),
        ["sensitivity"] = (["sensitivity", "--only", "KillRate", "--runs", "2", "--seed", "100"], null, "--plot", true),
        ["serve"] = (["serve", "--port", "0"], null, null, true),
        ["schema"] = (["schema"], null, "--out", false),
    };

    /// <summary>Each mistake, and the words its refusal must contain.</summary>
    private static readonly Dictionary<string, string> Refusals = new()
    {
        ["file is the store"] = "is the run store in use",
        ["file is another SQLite file"] = "is an SQLite database",
        ["file is a folder"] = "is a folder",
        ["file is in a missing folder"] = "does not exist",
        ["folder is the store"] = "is the run store in use",
        ["folder is another SQLite file"] = "is an SQLite database",
        ["folder is an existing file"] = "is a file, not a folder",
        ["store is not a database"] = "not a run store",
    };

    public static TheoryData<string, string> Mistakes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (command, (_, file, folder, hasStore)) in Commands)
            foreach (var mistake in Refusals.Keys)
                if (Applies(mistake, file is not null, folder is not null, hasStore))
                    data.Add(command, mistake);
        return data;
    }

    // A command without a --store has no store to name by mistake (to it the store is one more SQLite file).
    private static bool Applies(string mistake, bool writesFile, bool writesFolder, bool hasStore) =>
        mistake.StartsWith("store", StringComparison.Ordinal) ? hasStore
        : (hasStore || !mistake.EndsWith("is the store", StringComparison.Ordinal))
            && (writesFile ? mistake.StartsWith("file", StringComparison.Ordinal) : writesFolder && mistake.StartsWith("folder", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Is_refused_before_any_work_and_leaves_the_store_as_it_was(string command, string mistake)
    {
        var (args, fileOption, folderOption, hasStore) = Commands[command];
        var store = files.Store;
        var (option, path) = mistake switch
        {
            "file is the store" => (fileOption!, files.Store),
            "file is another SQLite file" => (fileOption!, files.OtherDatabase),
            "file is a folder" => (fileOption!, files.Subfolder),
            "file is in a missing folder" => (fileOption!, files.In(Path.Combine("missing", "x.out"))),
            "folder is the store" => (folderOption!, files.Store),
            "folder is another SQLite file" => (folderOption!, files.OtherDatabase),
            "folder is an existing file" => (folderOption!, files.TextFile),
            _ => ("--store", files.TextFile),
        };
        if (option == "--store") store = files.TextFile;
        // A command's own file or folder output, rightly named, when the mistake is in another option.
        string[] output = fileOption is not null && option != fileOption ? [fileOption, files.In($"{command}.out")] : [];
        string[] named = option == "--store" ? [] : [option, path];
        var touched = new[] { files.Store, files.OtherDatabase, files.TextFile }.ToDictionary(f => f, SmallStore.Hash);

        string[] storeOption = hasStore ? ["--store", store] : [];
        var result = RunWithin(TimeSpan.FromMinutes(1), [.. args, .. storeOption, .. output, .. named]);

        var shown = $"exit {result.ExitCode}\nstdout: {result.Out}\nstderr: {result.Error}";
        Assert.True(result.ExitCode == SiegeApp.BadInput, shown);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"siege: {option} {(option == "--store" ? files.TextFile : path)}: ", line, StringComparison.Ordinal);
        Assert.Contains(Refusals[mistake], line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        foreach (var (file, hash) in touched) Assert.True(hash == SmallStore.Hash(file), $"{Path.GetFileName(file)} was changed");
        Assert.False(Directory.Exists(files.In("missing")));
    }

    [Fact]
    public void The_store_named_through_a_symbolic_link_is_still_the_store()
    {
        var link = files.In("link-to-runs.db");
        if (!File.Exists(link)) File.CreateSymbolicLink(link, files.Store);
        var before = SmallStore.Hash(files.Store);

        var result = CliRunner.Run("export", "--store", files.Store, "--out", link);

        Assert.Equal(SiegeApp.BadInput, result.ExitCode);
        Assert.Contains("is the run store in use", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, SmallStore.Hash(files.Store));
    }

    [Fact]
    public void A_store_not_yet_made_is_still_the_store()
    {
        // report --runs creates the store; had --out the same name, the page would overwrite the new runs.
        var fresh = files.In("fresh.db");
        var result = CliRunner.Run("report", "--runs", "2", "--store", fresh, "--out", Path.Combine(files.Folder, ".", "fresh.db"));
        Assert.Equal(SiegeApp.BadInput, result.ExitCode);
        Assert.Contains("is the run store in use", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(fresh));
    }

    [Fact]
    public void An_sqlite_database_that_is_not_a_run_store_is_not_used_as_one()
    {
        var foreign = files.In("foreign.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE letters (sender TEXT, body TEXT)";
            create.ExecuteNonQuery();
        }
        var before = SmallStore.Hash(foreign);

        var result = CliRunner.Run("ensemble", "--runs", "2", "--store", foreign);

        Assert.Equal(SiegeApp.BadInput, result.ExitCode);
        Assert.Equal($"siege: --store {foreign}: an SQLite database but not a run store (it has the table letters and no schema_version table), so siege will not touch it\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(before, SmallStore.Hash(foreign));
    }

    [Fact]
    public void A_good_export_replaces_the_old_file_whole()
    {
        var csv = files.In("replace.csv");
        File.WriteAllText(csv, "old content that is longer than nothing\n");

        var result = CliRunner.Run("export", "--store", files.Store, "--out", csv);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(csv);
        // The header of the runs table: what the rows are runs of, then the run's own columns.
        Assert.StartsWith("scenario,scenario_hash,variant,variant_hash,seed,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + SmallStore.Runs, lines.Length);
        Assert.Empty(Directory.GetFiles(files.Folder, ".replace.csv.*"));
    }

    [Fact]
    public void A_device_is_a_valid_output_and_is_not_read()
    {
        // Reading /dev/stdout of a pipe to look for a database header would wait for ever; Windows has no /dev.
        if (OperatingSystem.IsWindows()) return;
        var result = RunWithin(TimeSpan.FromMinutes(1), ["export", "--store", files.Store, "--out", "/dev/null"]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"{SmallStore.Runs} rows of 'runs'", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Serve blocks until stopped: a check that failed to stop it must fail the test, not hang it.</summary>
    private static CliRunner.Outcome RunWithin(TimeSpan limit, string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(limit), $"siege {string.Join(' ', args)} did not stop within {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        return run.Result;
    }
}
