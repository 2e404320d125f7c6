using CsCheck;
using Siege.Scenarios.Loading;
using Xunit.Abstractions;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// The promise to users, tested on the shipped scenario edited at random: bad input gets a clear message with file and
/// line, never an exception, and a scenario that still loads runs to its end with no negative count.
/// </summary>
public sealed class ScenarioFuzzTests(ITestOutputHelper log)
{
    private const int Cases = 300;
    private const ulong Seed = 19440622;

    /// <summary>One or two edits of any kind, anywhere in the scenario's files.</summary>
    private static readonly Gen<Mutation[]> Edits = Mutation.Generator(ShippedFiles.Scenario.Count, FuzzTokens.Tokens.Length).Array[1, 2];

    /// <summary>One to three numbers replaced by extreme values.</summary>
    private static readonly Gen<Mutation[]> NumberEdits = Mutation.Generator(ShippedFiles.Scenario.Count, FuzzTokens.Tokens.Length)
        .Select(m => m with { Kind = MutationKind.ReplaceNumber }).Array[1, 3];

    [Fact]
    public void A_mutated_scenario_loads_or_says_where_it_is_wrong_and_what_loads_runs() =>
        FuzzRunner.Run(Edits, Cases, Seed, Print, LoadsOrSaysWhy, log);

    /// <summary>
    /// Numbers only, each made negative, huge, not finite or past 32 bits: most such scenarios still load, so this is
    /// the property that drives the engine with extreme figures.
    /// </summary>
    [Fact]
    public void A_scenario_with_extreme_numbers_is_rejected_with_a_message_or_runs_without_negative_counts() =>
        FuzzRunner.Run(NumberEdits, Cases, Seed + 1, Print, LoadsOrSaysWhy, log);

    [Fact]
    public void The_unmutated_scenario_passes_the_same_checks()
    {
        var input = ShippedFiles.Unchanged();
        var result = ScenarioLoader.Load(input);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        DiagnosticRules.Check(result.Diagnostics, result.Warnings, loaded: true, input.Texts);
        EngineRules.Check(result.Scenario!.Scenario);
    }

    /// <summary>The property: the edited scenario loads and runs, or fails with located, readable messages.</summary>
    private static void LoadsOrSaysWhy(Mutation[] mutations)
    {
        var (files, _) = ShippedFiles.Mutate(ShippedFiles.Scenario, mutations, FuzzTokens.Tokens);
        var input = new InMemoryScenarioFiles(ShippedFiles.MainFile, files);
        var result = ScenarioLoader.Load(input);
        DiagnosticRules.Check(result.Diagnostics, result.Warnings, result.Scenario is not null, input.Texts);
        if (result.Succeeded) EngineRules.Check(result.Scenario!.Scenario);
    }

    private static string Print(Mutation[] mutations) =>
        string.Join("\n", ShippedFiles.Mutate(ShippedFiles.Scenario, mutations, FuzzTokens.Tokens).Steps);
}
