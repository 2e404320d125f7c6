using Siege.Scenarios.Variants;

namespace Siege.Ensembles.WhatIf;

/// <summary>Compares the stored runs of a baseline and a variant seed by seed (both must already be in the store).</summary>
public static class WhatIfComparer
{
    public static PairedComparison Compare(RunStore store, EnsembleKey baseline, EnsembleKey variantKey, Variant variant, SeedRange seeds)
    {
        var duration = new PairedStatistics();
        var defenderKilled = new PairedStatistics();
        var attackerKilled = new PairedStatistics();
        var baselineHours = new CountingHistogram();
        var variantHours = new CountingHistogram();
        var longer = 0;
        // Both streams are in seed order; a seed missing from either side is skipped so only true pairs count.
        using var b = store.ReadRuns(baseline, seeds).GetEnumerator();
        using var v = store.ReadRuns(variantKey, seeds).GetEnumerator();
        var hasB = b.MoveNext();
        var hasV = v.MoveNext();
        while (hasB && hasV)
        {
            if (b.Current.Seed < v.Current.Seed) { hasB = b.MoveNext(); continue; }
            if (v.Current.Seed < b.Current.Seed) { hasV = v.MoveNext(); continue; }
            var (x, y) = (b.Current, v.Current);
            duration.Add(x.EndHour / 24.0, y.EndHour / 24.0);
            defenderKilled.Add(x.Defender.Killed, y.Defender.Killed);
            attackerKilled.Add(x.Attacker.Killed, y.Attacker.Killed);
            baselineHours.Add(x.EndHour);
            variantHours.Add(y.EndHour);
            if (y.EndHour > x.EndHour) longer++;
            hasB = b.MoveNext();
            hasV = v.MoveNext();
        }
        var n = duration.Count;
        return new PairedComparison(
            new VariantSide(variant.Id, variant.Name, variant.NameEn, Summary(duration.VariantMean, variantHours)),
            n,
            new SideSummary(Summary(duration.BaselineMean, baselineHours)),
            new Differences(duration.Difference(), defenderKilled.Difference(), attackerKilled.Difference()),
            n == 0 ? 0 : Math.Round((double)longer / n, 4),
            duration.VarianceReduction(),
            LengthDistribution.Of(baselineHours, variantHours));
    }

    private static LengthSummary Summary(double meanDays, CountingHistogram hours)
    {
        var p = hours.Percentiles(10, 50, 90);
        double At(int k) => p is null ? double.NaN : Math.Round(p[k] / 24.0, 2);
        return new LengthSummary(Days(meanDays), At(0), At(1), At(2));
    }

    private static double Days(double days) => Math.Round(days, 3);
}
