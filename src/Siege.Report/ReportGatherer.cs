using Siege.Analysis.Attrition;
using Siege.Analysis.Validation;
using Siege.Calibration;
using Siege.Charts;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Siege.Ensembles.WhatIf;
using Siege.Report.Sections;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;
using Siege.Scenarios.Record;
using Siege.Trace;

namespace Siege.Report;

/// <summary>
/// Gathers a report's content from the store (which must already hold the runs, see <see cref="ReportRuns"/>) and
/// from the other layers: the summary and what-ifs from Siege.Ensembles, the trace from Siege.Trace, the fidelity
/// table from the record, the charts from Siege.Charts, the CDB90 fit and its validation from Siege.Analysis.
/// </summary>
public static class ReportGatherer
{
    public static ReportContent Gather(RunStore store, ReportRequest request)
    {
        var loaded = request.Baseline;
        var key = request.BaselineKey;
        var seeds = request.Seeds;
        var choice = MedianRun.Find(store, key, seeds)
            ?? throw new InvalidOperationException($"the store holds no run of {loaded.Scenario.Id} for seeds {seeds.First}–{seeds.Last}");
        var summary = Aggregator.Summarize(store, loaded, key, seeds);

        var model = SiegeModel.Compile(loaded.Scenario);
        var provenance = new RunProvenance(loaded.ContentHash, Variant: null);
        var representative = new RepresentativeRun(choice.Seed, TraceBuilder.Build(model, choice.Seed, provenance), model.Run(choice.Seed));
        var spread = new FidelitySpread(store, key, seeds, summary, loaded.Scenario, loaded.Record);
        var rows = Fidelity.Compare(loaded.Scenario, loaded.Record, representative.Result);
        var fidelity = loaded.Record.Items.Zip(rows, (item, row) => new FidelityLine(item, row, spread.For(item))).ToList();

        var zh = EnsembleCharts.Svg(store, loaded, key, seeds, ChartText.Chinese(loaded.Scenario.Sides));
        var en = EnsembleCharts.Svg(store, loaded, key, seeds, ChartText.English);
        var charts = zh.Zip(en, (z, e) => new BilingualChart(e.Stem, z.Svg, e.Svg)).ToList();

        var whatIfs = request.Variants.Select(v => WhatIf(store, request, v)).ToList();
        return new ReportContent(loaded, seeds, summary, representative, fidelity, charts, whatIfs, Methods(request))
        {
            Sensitivity = request.SensitivityOf is { } files && request.SensitivityMethod == SensitivityMethods.OneAtATime
                ? Sensitivity(store, request, files) : null,
            GlobalSensitivity = request.SensitivityOf is { } figuresOf && request.SensitivityMethod != SensitivityMethods.OneAtATime
                ? GlobalSensitivity(store, request, figuresOf) : null,
        };
    }

    // The runs are in the store already (ReportRuns.EnsureAsync); this only reads and compares.
    private static SensitivityOutcome Sensitivity(RunStore store, ReportRequest request, IScenarioFiles files)
    {
        var result = new SensitivityRunner(store, request.Baseline, files).Compare(RangedFigures.Find(files), request.Seeds);
        var zh = SensitivityCharts.TornadoSvg(result, SensitivitySection.Rows, ChartText.Chinese(request.Baseline.Scenario.Sides));
        var en = SensitivityCharts.TornadoSvg(result, SensitivitySection.Rows, ChartText.English);
        return new SensitivityOutcome(result, new BilingualChart(SensitivityCharts.TornadoStem, zh.Svg, en.Svg));
    }

    private static GlobalSensitivityOutcome GlobalSensitivity(RunStore store, ReportRequest request, IScenarioFiles files)
    {
        var result = new GlobalSensitivityRunner(store, request.Baseline, files)
            .Analyse(request.SensitivityMethod, RangedFigures.Find(files), request.SensitivitySamples, request.SensitivitySeeds);
        var zh = GlobalSensitivityCharts.TornadoSvg(result, SensitivitySection.Rows, ChartText.Chinese(request.Baseline.Scenario.Sides));
        var en = GlobalSensitivityCharts.TornadoSvg(result, SensitivitySection.Rows, ChartText.English);
        return new GlobalSensitivityOutcome(result, new BilingualChart(SensitivityCharts.TornadoStem, zh.Svg, en.Svg));
    }

    private static WhatIfOutcome WhatIf(RunStore store, ReportRequest request, VariantChoice choice)
    {
        var comparison = WhatIfComparer.Compare(store, request.BaselineKey, choice.Key, choice.Variant, request.Seeds);
        List<double> Lengths(EnsembleKey key) => [.. store.ReadRuns(key, request.Seeds).Select(r => r.EndHour / 24.0)];
        var baseline = Lengths(request.BaselineKey);
        var variant = Lengths(choice.Key);
        var zh = WhatIfCharts.OverlaySvg(baseline, variant, request.Baseline, "基线", choice.Variant.Name, ChartText.Chinese(request.Baseline.Scenario.Sides));
        var en = WhatIfCharts.OverlaySvg(baseline, variant, request.Baseline, "baseline", choice.Variant.NameEn, ChartText.English);
        return new WhatIfOutcome(choice.Variant, comparison, new BilingualChart(WhatIfCharts.OverlayStem + "-" + choice.Variant.Id, zh.Svg, en.Svg));
    }

    /// <summary>The CDB90 prior, or none where the kill rates alone cannot bring the runs to the fit's medians.</summary>
    private static PriorDerivation? PriorOrNone(Siege.Engine.Domain.Scenario scenario, AttritionModel fit, Cdb90Setting setting)
    {
        try
        {
            return Cdb90Prior.Derive(scenario, fit, setting);
        }
        catch (CdbRatesOutOfReachException)
        {
            return null;
        }
    }

    private static MethodsFacts Methods(ReportRequest request)
    {
        var scenario = request.Baseline.Scenario;
        var fit = AttritionModel.FitCdb90();
        var validation = request.Validate ? CrossValidation.RunCdb90() : null;
        var setting = Cdb90Setting.Of(request.Baseline);
        var prior = request.DerivePrior && setting is not null ? PriorOrNone(scenario, fit, setting) : null;
        var likelihood = RecordTargets.From(request.Baseline.Record, scenario)
            .Where(t => CalibrationSettings.DefaultObserved(request.Baseline).Contains(t.ItemId))
            .Select(t => t.Primary)
            .ToList();
        return new MethodsFacts(fit.Battles, fit.ResidualCorrelation, setting, validation, prior, likelihood);
    }
}
