using CsCheck;

namespace Siege.Scenarios.Tests.Hygiene;

/// <summary>The property runner every test uses: the same cases each time, and a failure that says how to replay it.</summary>
public sealed class FixedSeedPropertyTests
{
    [Fact]
    public void The_same_seed_draws_the_same_cases_every_time()
    {
        var first = new List<int>();
        var second = new List<int>();
        FixedSeedProperty.Check(Gen.Int[0, 1_000_000], first.Add, cases: 30, seed: 7);
        FixedSeedProperty.Check(Gen.Int[0, 1_000_000], second.Add, cases: 30, seed: 7);
        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 25, "the cases should differ from one another");
    }

    [Fact]
    public void A_failing_case_names_its_seed_and_a_replay_value_that_fails_again()
    {
        var failure = Assert.Throws<PropertyFailedException>(() =>
            FixedSeedProperty.Check(Gen.Int[0, 100], n => n < 90, cases: 200, seed: 11));
        Assert.Contains("drawn from seed 11", failure.Message);
        var replay = failure.Message.Split("SIEGE_PROPERTY_REPLAY=")[1].Split(')')[0];
        var value = Gen.Int[0, 100].Generate(PCG.Parse(replay), null, out _);
        Assert.True(value >= 90, $"the replayed case {value} should be one that fails");
    }
}
