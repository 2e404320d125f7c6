using CsCheck;
using Siege.Scenarios.Variants;
using Xunit.Abstractions;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// The same promise for variants: each shipped variant edited at random and applied to the shipped scenario either
/// loads and runs, or fails with messages located in the variant or the scenario files.
/// </summary>
public sealed class VariantFuzzTests(ITestOutputHelper log)
{
    private const int Cases = 300;
    private const ulong Seed = 19440808;

    /// <summary>Which variant, and the edits to it.</summary>
    private static readonly Gen<(int Variant, Mutation[] Mutations)> Inputs =
        Gen.Select(Gen.Int[0, ShippedFiles.Variants.Count - 1], Mutation.Generator(1, FuzzTokens.VariantTokens.Length).Array[1, 2]);

    [Fact]
    public void A_mutated_variant_loads_or_says_where_it_is_wrong_and_what_loads_runs() =>
        FuzzRunner.Run(Inputs, Cases, Seed, Print, input =>
        {
            var (name, bytes) = Mutated(input);
            Check(name, bytes);
        }, log);

    [Fact]
    public void The_unmutated_variants_pass_the_same_checks()
    {
        foreach (var (name, bytes) in ShippedFiles.Variants)
        {
            var result = Check(name, bytes);
            Assert.True(result.Succeeded, $"{name}:\n{string.Join("\n", result.Diagnostics)}");
        }
    }

    private static VariantLoadResult Check(string name, byte[] bytes)
    {
        var scenario = ShippedFiles.Unchanged();
        var text = InMemoryScenarioFiles.Decode(bytes);
        var result = VariantLoader.Load(scenario, name, text);
        var texts = new Dictionary<string, string>(scenario.Texts, StringComparer.Ordinal) { [name] = text };
        Assert.True(result.Scenario is null || result.Variant is not null, "a scenario without its variant");
        DiagnosticRules.Check(result.Diagnostics, result.Warnings, result.Scenario is not null, texts);
        if (result.Succeeded) EngineRules.Check(result.Scenario!.Scenario);
        return result;
    }

    private static (string Name, byte[] Bytes) Mutated((int Variant, Mutation[] Mutations) input)
    {
        var variant = ShippedFiles.Variants[input.Variant];
        var (files, _) = ShippedFiles.Mutate([variant], input.Mutations, FuzzTokens.VariantTokens);
        return (variant.Name, files[variant.Name]);
    }

    private static string Print((int Variant, Mutation[] Mutations) input) =>
        string.Join("\n", ShippedFiles.Mutate([ShippedFiles.Variants[input.Variant]], input.Mutations, FuzzTokens.VariantTokens).Steps);
}
