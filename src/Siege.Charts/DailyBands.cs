using Siege.Ensembles;

namespace Siege.Charts;

/// <summary>The 10th, 50th and 90th percentiles of one daily figure, for each day that enough runs reached.</summary>
public sealed record DailyBand(IReadOnlyList<double> Days, IReadOnlyList<double> P10, IReadOnlyList<double> P50, IReadOnlyList<double> P90);

/// <summary>A daily figure to chart: its name, and how to read it from a stored day as an integer.</summary>
public sealed record DailySeries(string Name, Func<DayRow, int> Value, double Scale = 1);

/// <summary>
/// Per-day percentiles, computed by streaming over the stored days of each seed: one counting histogram per day and
/// series, so memory grows with days × distinct values and never with the number of runs.
/// </summary>
/// <remarks>
/// A run that has ended contributes nothing to the days after its end: a day's band is over the runs still fighting
/// on it. Counting a fallen garrison as 0 would instead pull the band down to the share of runs that fell, mixing
/// "how strong" with "how many still stand", which the length histogram already shows. Days reached by fewer than
/// <see cref="MinimumShare"/> of the runs are left out, because a percentile of a handful of runs is noise.
/// </remarks>
public static class DailyBands
{
    public const double MinimumShare = 0.1;

    private static readonly int[] Deciles = [10, 50, 90];

    public static IReadOnlyList<DailyBand> Compute(RunStore store, EnsembleKey key, SeedRange seeds, IReadOnlyList<DailySeries> series)
    {
        var byDay = new SortedDictionary<int, CountingHistogram[]>();
        var runs = 0;
        foreach (var run in store.ReadDailySeries(key, seeds))
        {
            runs++;
            foreach (var row in run.Days)
            {
                if (!byDay.TryGetValue(row.Day, out var histograms))
                    byDay[row.Day] = histograms = [.. series.Select(_ => new CountingHistogram())];
                for (var s = 0; s < series.Count; s++) histograms[s].Add(series[s].Value(row));
            }
        }

        var minimum = Math.Max(1, (long)Math.Ceiling(runs * MinimumShare));
        var kept = byDay.Where(d => d.Value.Length > 0 && d.Value[0].Count >= minimum).ToList();
        return [.. series.Select((s, index) =>
        {
            var p = kept.Select(d => d.Value[index].Percentiles(Deciles)!).ToList();
            return new DailyBand(
                [.. kept.Select(d => (double)d.Key)],
                [.. p.Select(x => x[0] * s.Scale)],
                [.. p.Select(x => x[1] * s.Scale)],
                [.. p.Select(x => x[2] * s.Scale)]);
        })];
    }
}
