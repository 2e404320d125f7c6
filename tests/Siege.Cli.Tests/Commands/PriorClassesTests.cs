using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Siege.Analysis.Attrition;
using Spectre.Console.Cli;

namespace Siege.Cli.Tests.Commands;

/// <summary>
/// The CDB90 classes a prior is built for (the defender's posture and the ground) are a fact of the battle: the
/// commands take them from the scenario's calibration.prior, an option given wins, and a scenario without them asks
/// for the options. No option of siege defaults to one battle's classes or year.
/// </summary>
public sealed class PriorClassesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-prior-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Shipped(string folder) => Path.Combine(CliRunner.RepositoryRoot(), "scenarios", folder);

    /// <summary>Iwo Jima's single file without its calibration mapping (the last one in the file): a scenario without classes.</summary>
    private string Unclassed()
    {
        var text = File.ReadAllText(Path.Combine(Shipped("iwo-jima-1945"), "scenario.yaml"));
        var path = Path.Combine(_folder, "unclassed.yaml");
        File.WriteAllText(path, text[..text.IndexOf("calibration:\n", StringComparison.Ordinal)]);
        return path;
    }

    private static JsonElement Json(CliRunner.Outcome result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Theory]
    // record.yaml of Hengyang (and of hengyang-1944-cdb90, which includes it): fortified, rugged [zh-wp, GUESS].
    [InlineData("hengyang-1944", "fortified", "rugged")]
    [InlineData("hengyang-1944-cdb90", "fortified", "rugged")]
    // Iwo Jima's CDB90 rows 518-520: FD, and mostly rolling bare ground (open).
    [InlineData("iwo-jima-1945", "fortified", "open")]
    public void Battles_calibrate_takes_the_scenario_s_classes(string folder, string posture, string terrain)
    {
        var root = Json(CliRunner.Run("battles", "calibrate", "--scenario", Shipped(folder), "--runs", "2", "--steps", "1", "--format", "json"));
        Assert.Equal((posture, terrain), (root.GetProperty("posture").GetString(), root.GetProperty("terrain").GetString()));
    }

    [Fact]
    public void An_option_given_wins_over_the_scenario()
    {
        var root = Json(CliRunner.Run("battles", "calibrate", "--scenario", Shipped("iwo-jima-1945"), "--terrain", "urban", "--runs", "2", "--steps", "1", "--format", "json"));
        Assert.Equal(("fortified", "urban"), (root.GetProperty("posture").GetString(), root.GetProperty("terrain").GetString()));
    }

    [Fact]
    public void The_text_names_the_setting_it_matched()
    {
        var result = CliRunner.Run("battles", "calibrate", "--scenario", Shipped("iwo-jima-1945"), "--runs", "2", "--steps", "1");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("the CDB90 median rates of a WWII fortified defence on open ground.", result.Out);
    }

    [Theory]
    [InlineData("battles", "calibrate")]
    [InlineData("calibrate")]
    public void A_scenario_without_classes_and_no_options_is_refused_naming_the_options_and_the_key(params string[] command)
    {
        var result = CliRunner.Run([.. command, "--scenario", Unclassed()]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "siege: scenario iwo-jima-1945 gives no CDB90 classes for the prior (calibration.prior: {posture, terrain} in its YAML); pass --posture and --terrain\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_scenario_without_classes_needs_the_option_not_given()
    {
        var result = CliRunner.Run("calibrate", "--scenario", Unclassed(), "--posture", "fortified");
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("; pass --terrain", result.Error.TrimEnd());
    }

    [Fact]
    public void A_scenario_without_classes_runs_with_both_options()
    {
        var root = Json(CliRunner.Run("battles", "calibrate", "--scenario", Unclassed(), "--posture", "prepared", "--terrain", "open", "--runs", "2", "--steps", "1", "--format", "json"));
        Assert.Equal(("prepared", "open"), (root.GetProperty("posture").GetString(), root.GetProperty("terrain").GetString()));
    }

    [Fact]
    public void Report_refuses_to_derive_a_prior_for_a_scenario_without_classes()
    {
        var result = CliRunner.Run("report", "--scenario", Unclassed(), "--prior", "--runs", "2",
            "--store", Path.Combine(_folder, "r.db"), "--out", Path.Combine(_folder, "r.html"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("siege: --prior: scenario iwo-jima-1945 gives no CDB90 classes", result.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "r.html")));
    }

    [Theory]
    [InlineData("--posture", "castle", "--posture must be hasty, prepared, fortified or other, not 'castle'")]
    [InlineData("--terrain", "hilly", "--terrain must be open, rugged, wooded, desert or urban, not 'hilly'")]
    public void A_class_CDB90_does_not_have_is_refused(string option, string value, string message)
    {
        var result = CliRunner.Run("calibrate", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"siege: {message}", result.Error.Trim());
    }

    [Fact]
    public void No_option_defaults_to_a_battle_s_CDB90_class_or_year()
    {
        // Every option of every command, with its declared default and the value its settings start with.
        var options = typeof(SiegeApp).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t =>
            {
                var fresh = Activator.CreateInstance(t);
                return t.GetProperties()
                    .Select(p => (Property: p, Option: p.GetCustomAttribute<CommandOptionAttribute>()))
                    .Where(o => o.Option is not null)
                    .Select(o => (Command: t.DeclaringType?.Name ?? t.Name, o.Option!.LongNames, o.Option.ValueName,
                        Defaults: new[] { o.Property.GetCustomAttribute<DefaultValueAttribute>()?.Value, o.Property.GetValue(fresh) }));
            })
            .ToList();
        // The commands that take the classes are among them, so the check below looks at what it must.
        Assert.Equal(3, options.Count(o => o.LongNames.Contains("posture")));
        Assert.Contains(options, o => o.ValueName == "YEAR");

        var classes = Enum.GetNames<PostureClass>().Concat(Enum.GetNames<TerrainClass>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(options, o => o.Defaults.Any(d => d is string s && classes.Contains(s)));
        Assert.DoesNotContain(options, o => o.ValueName == "YEAR" && o.Defaults.Any(d => d is not null));
    }
}
