using System.Text;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Tests.Fuzzing;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>
/// The smallest assault group, the smallest counter-attack and the cap on an hour's bombardment were constants of
/// the engine (100 men, 100 men, 0.5). They are figures of each scenario's doctrine now, with those values in every
/// shipped scenario so that no run changed, each marked as a guess with its notes.
/// </summary>
public sealed class FormerEngineConstantsTests
{
    public static TheoryData<string> ShippedScenarios => new() { "hengyang-1944", "hengyang-1944-cdb90", "iwo-jima-1945" };

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_gives_them_the_engine_s_former_values_as_guesses(string folder)
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(RepositoryPaths.Root, "scenarios", folder));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var s = result.Scenario!.Scenario;

        (Figure Figure, double Value)[] former =
            [(s.AttackerDoctrine.MinimumAssaultGroup, 100), (s.DefenderDoctrine.MinimumCounterattack, 100), (s.Combat.BombardmentLossCap, 0.5)];
        Assert.All(former, f =>
        {
            Assert.Equal(f.Value, f.Figure.Value);
            Assert.Equal(["GUESS"], f.Figure.SourceKeys.ToArray());
            Assert.False(string.IsNullOrWhiteSpace(f.Figure.Note));
            Assert.False(string.IsNullOrWhiteSpace(f.Figure.NoteZh));
        });
    }

    [Theory]
    [InlineData("minimumAssaultGroup")]
    [InlineData("minimumCounterattack")]
    [InlineData("bombardmentLossCap")]
    public void A_doctrine_without_one_is_refused_with_a_message_that_names_it(string key)
    {
        var files = ShippedFiles.Scenario.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        var doctrine = ShippedFiles.Folder + "doctrine.yaml";
        var lines = InMemoryScenarioFiles.Decode(files[doctrine]).Split('\n');
        files[doctrine] = Encoding.UTF8.GetBytes(string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal))));

        var result = ScenarioLoader.Load(new InMemoryScenarioFiles(ShippedFiles.MainFile, files));

        Assert.False(result.Succeeded);
        var message = Assert.Single(result.Diagnostics, d => d.ToString().Contains(key, StringComparison.Ordinal)).ToString();
        Assert.StartsWith(doctrine + ":", message);
        Assert.DoesNotContain('\n', message);
    }
}
