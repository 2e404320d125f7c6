using System.Collections.Immutable;
using Siege.Analysis.Attrition;

namespace Siege.Analysis.Validation;

/// <summary>One fold of a cross-validation: fit on <paramref name="Train"/>, score on <paramref name="Test"/>.</summary>
public sealed record FoldSplit(int Fold, ImmutableArray<Engagement> Train, ImmutableArray<Engagement> Test);

public static class Folds
{
    /// <summary>
    /// Deals the battles into <paramref name="k"/> folds. Whole groups are dealt (a battle with the parts of it CDB90
    /// also lists), after a Fisher–Yates shuffle of the groups in id order driven by <see cref="SplitMix64"/>, so the
    /// same seed gives the same folds and no battle or part of one is ever on both sides of a split.
    /// </summary>
    public static ImmutableArray<FoldSplit> Split(IReadOnlyList<Engagement> engagements, int k, ulong seed)
    {
        if (k < 2) throw new ArgumentOutOfRangeException(nameof(k), k, "at least two folds are needed");
        var groups = engagements.Select(e => e.Group).Distinct().Order().ToArray();
        if (groups.Length < k) throw new ArgumentException($"{groups.Length} groups cannot fill {k} folds", nameof(engagements));
        var rng = new SplitMix64(seed);
        for (var i = groups.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (groups[i], groups[j]) = (groups[j], groups[i]);
        }
        // Round-robin over the shuffled groups keeps the folds within one group's size of each other.
        var foldOf = new Dictionary<int, int>();
        for (var i = 0; i < groups.Length; i++) foldOf[groups[i]] = i % k;
        return [.. Enumerable.Range(0, k).Select(f => new FoldSplit(
            f,
            [.. engagements.Where(e => foldOf[e.Group] != f)],
            [.. engagements.Where(e => foldOf[e.Group] == f)]))];
    }
}
