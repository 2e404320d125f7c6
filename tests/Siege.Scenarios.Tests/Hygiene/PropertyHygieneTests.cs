namespace Siege.Scenarios.Tests.Hygiene;

/// <summary>Keeps every property test on fixed seeds, so CI sees the cases the developer saw.</summary>
public sealed class PropertyHygieneTests
{
    [Fact]
    public void No_test_samples_with_a_fresh_random_seed()
    {
        // CsCheck's Sample draws new cases on every run (a seed fixes only the first); FixedSeedProperty.Check does not.
        var offenders = Directory.EnumerateFiles(Repository.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != $"{nameof(PropertyHygieneTests)}.cs")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, @"\.Sample(One)?\s*\(") && !x.line.TrimStart().StartsWith("//") && !x.line.TrimStart().StartsWith("///")
                && !x.line.Contains("Normal.Sample("))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "use FixedSeedProperty.Check instead of CsCheck's Sample:\n" + string.Join("\n", offenders));
    }
}
