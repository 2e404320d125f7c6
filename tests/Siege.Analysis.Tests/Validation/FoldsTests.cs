using CsCheck;
using Siege.Analysis.Attrition;
using Siege.Analysis.Validation;

namespace Siege.Analysis.Tests.Validation;

public sealed class FoldsTests
{
    private static readonly IReadOnlyList<Engagement> Battles = AttritionSample.FromCdb90().Engagements;

    [Fact]
    public void No_battle_is_on_both_sides_of_a_split()
    {
        foreach (var split in Folds.Split(Battles, 10, seed: 1944))
        {
            Assert.Empty(split.Train.Select(e => e.BattleId).Intersect(split.Test.Select(e => e.BattleId)));
            // Nor a battle and a part of it.
            Assert.Empty(split.Train.Select(e => e.Group).Intersect(split.Test.Select(e => e.Group)));
            Assert.Equal(Battles.Count, split.Train.Length + split.Test.Length);
        }
    }

    [Fact]
    public void Every_battle_is_tested_exactly_once()
    {
        var tested = Folds.Split(Battles, 10, seed: 1944).SelectMany(s => s.Test).Select(e => e.BattleId).Order();
        Assert.Equal(Battles.Select(e => e.BattleId).Order(), tested);
    }

    [Fact]
    public void The_same_seed_gives_the_same_folds_and_another_seed_others()
    {
        static int[][] Tests(ulong seed) =>
            [.. Folds.Split(Battles, 10, seed).Select(s => s.Test.Select(e => e.BattleId).ToArray())];
        Assert.Equal(Tests(1944), Tests(1944));
        Assert.NotEqual(Tests(1944), Tests(1945));
    }

    [Fact]
    public void Folds_are_about_the_same_size()
    {
        // 524 battles in 10 folds: 52 or 53 each, give or take the largest group (Meuse-Argonne II and its 7 parts).
        var largestGroup = Battles.CountBy(e => e.Group).Max(g => g.Value);
        Assert.All(Folds.Split(Battles, 10, seed: 1944), s => Assert.InRange(s.Test.Length, 52 - largestGroup, 53 + largestGroup));
    }

    [Fact]
    public void Folds_are_dealt_by_group()
    {
        foreach (var split in Folds.Split(Battles, 5, seed: 3))
        foreach (var group in split.Test.GroupBy(e => e.Group))
            Assert.Equal(Battles.Count(e => e.Group == group.Key), group.Count());
    }

    [Fact]
    public void Any_seed_and_fold_count_partitions_the_battles() =>
        FixedSeedProperty.Check(Gen.Select(Gen.ULong, Gen.Int[2, 20]), c =>
        {
            var (seed, k) = c;
            var splits = Folds.Split(Battles, k, seed);
            var tested = splits.SelectMany(s => s.Test.Select(e => e.BattleId)).Order();
            return splits.Length == k
                && tested.SequenceEqual(Battles.Select(e => e.BattleId).Order())
                && splits.All(s => !s.Train.Select(e => e.Group).Intersect(s.Test.Select(e => e.Group)).Any());
        }, cases: 50, seed: 1944);
}
