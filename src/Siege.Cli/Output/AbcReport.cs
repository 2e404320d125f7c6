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

    public static AbcReport From(ScenarioProblem problem, AbcResult result, IReadOnlyList<Predictive> predictive)
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
        return new AbcReport("abc", population.Particles.Length, generations, parameters, checks);
    }

    /// <summary>A quantile as the scenario would take it: a whole number for a figure that takes only those.</summary>
    private static double Snap(ScenarioProblem problem, int i, double x) => problem.Figures[i].Snap(x);
}
