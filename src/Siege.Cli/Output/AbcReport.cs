using System.Globalization;
using System.Text.Json.Serialization;
using Siege.Calibration;
using Siege.Calibration.Abc;

namespace Siege.Cli.Output;

/// <summary>
/// What <c>siege calibrate --method abc</c> prints, in the shape of issue 12: the generations, each figure's prior
/// range and posterior quantiles, and every record item a run measures beside its posterior predictive distribution.
/// </summary>
internal sealed record AbcReport(
    string Method,
    int Particles,
    IReadOnlyList<AbcReport.Generation> Generations,
    IReadOnlyList<AbcReport.Parameter> Parameters,
    IReadOnlyList<AbcReport.Check> Predictive)
{
    /// <summary>The out-of-sample test (<c>--cutoff</c> only; absent from the JSON without it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OutOfSampleTest? OutOfSample { get; init; }

    /// <summary>A generation: its tolerance (null for the prior's sample), the share of proposals kept, the ESS and the runs it made.</summary>
    internal sealed record Generation(double? Epsilon, double Acceptance, double Ess, long Runs);

    internal sealed record Range(double Low, double High);

    internal sealed record Quantiles(double P05, double P50, double P95);

    internal sealed record Parameter(string Path, Range Prior, Quantiles Posterior);

    /// <summary>
    /// A record item: whether the distance used it, the recorded figure (days from the start, or men), the 10th, 50th
    /// and 90th percentiles of the runs, and whether the 80% interval covers the record (for a bound: reaches the
    /// side of it the record allows). <see cref="Bound"/> is "at least" or "at most" for a bound (text output only).
    /// </summary>
    internal sealed record Check(string Item, bool Used, double Recorded, double P10, double P50, double P90, bool Covered80)
    {
        [JsonIgnore]
        public string? Bound { get; init; }
    }

    /// <summary>
    /// An item dated after the cutoff, predicted by a calibration that did not see it: the record, the posterior
    /// predictive's 10th, 50th and 90th percentiles and whether they cover the record (as in <see cref="Check"/>),
    /// and the CRPS of the posterior predictive and of the prior predictive against the record, on the scale the
    /// calibration measures the item (days from the start, or the natural logarithm of men for a casualty figure).
    /// Null CRPS for a bound ("held on a day"): a bound is not a value to score a distribution against.
    /// </summary>
    internal sealed record OutOfSampleItem(string Item, double Recorded, double P10, double P50, double P90, bool Covered80, double? Crps, double? CrpsPrior)
    {
        [JsonIgnore]
        public string? Bound { get; init; }
    }

    /// <summary>
    /// The out-of-sample test: the cutoff (yyyy-MM-dd), the items after it, the share of them the 80% intervals cover,
    /// and the mean CRPS over the items scored, of the posterior predictive and of the prior predictive.
    /// </summary>
    internal sealed record OutOfSampleTest(string Cutoff, IReadOnlyList<OutOfSampleItem> Items, double Coverage80, double? Crps, double? CrpsPrior);

    public static AbcReport From(ScenarioProblem problem, AbcResult result, IReadOnlyList<Predictive> predictive, IReadOnlyList<Predictive>? prior = null)
    {
        var population = result.Population;
        var generations = population.History
            .Select(s => new Generation(double.IsFinite(s.Epsilon) ? s.Epsilon : null, s.Acceptance, s.Ess, s.Runs)).ToList();
        var parameters = problem.Problem.Parameters.Select((p, i) => new Parameter(p.Name, new Range(p.Low, p.High),
            new Quantiles(Snap(problem, i, population.Quantile(i, 0.05)), Snap(problem, i, population.Quantile(i, 0.5)), Snap(problem, i, population.Quantile(i, 0.95))))).ToList();
        var checks = problem.Targets.Select((t, slot) =>
        {
            var runs = predictive[slot];
            var (p10, p50, p90) = (t.Natural(runs.Quantile(0.1)), t.Natural(runs.Quantile(0.5)), t.Natural(runs.Quantile(0.9)));
            var covered = t.Censoring switch
            {
                Censoring.AtLeast => p90 >= t.Recorded,
                Censoring.AtMost => p10 <= t.Recorded,
                _ => p10 <= t.Recorded && t.Recorded <= p90,
            };
            var bound = t.Censoring switch { Censoring.AtLeast => "at least", Censoring.AtMost => "at most", _ => null };
            return new Check(t.ItemId, problem.Used[slot], t.Recorded, p10, p50, p90, covered) { Bound = bound };
        }).ToList();
        var report = new AbcReport("abc", population.Particles.Length, generations, parameters, checks);
        return problem.Cutoff is { } cutoff && prior is not null ? report with { OutOfSample = Test(problem, cutoff, checks, predictive, prior) } : report;
    }

    private static OutOfSampleTest Test(ScenarioProblem problem, DateTime cutoff, List<Check> checks, IReadOnlyList<Predictive> predictive, IReadOnlyList<Predictive> prior)
    {
        var items = new List<OutOfSampleItem>();
        for (var slot = 0; slot < problem.Targets.Count; slot++)
        {
            if (!problem.Predicted[slot]) continue;
            var (t, c) = (problem.Targets[slot], checks[slot]);
            var scored = t.Censoring == Censoring.None;
            items.Add(new OutOfSampleItem(c.Item, c.Recorded, c.P10, c.P50, c.P90, c.Covered80,
                scored ? Finite(predictive[slot].Crps(t.Value)) : null, scored ? Finite(prior[slot].Crps(t.Value)) : null) { Bound = c.Bound });
        }
        var both = items.Where(i => i.Crps is not null && i.CrpsPrior is not null).ToList();
        return new OutOfSampleTest(cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), items,
            items.Count(i => i.Covered80) / (double)items.Count,
            both.Count > 0 ? both.Average(i => i.Crps!.Value) : null, both.Count > 0 ? both.Average(i => i.CrpsPrior!.Value) : null);
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    /// <summary>A quantile as the scenario would take it: a whole number for a figure that takes only those.</summary>
    private static double Snap(ScenarioProblem problem, int i, double x) => problem.Figures[i].Snap(x);
}
