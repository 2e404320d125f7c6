using Siege.Analysis.Validation;
using Siege.Calibration;
using Siege.Engine.Results;
using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Siege.Ensembles.WhatIf;
using Siege.Report.Html;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using Siege.Scenarios.Variants;
using Siege.Trace;

namespace Siege.Report;

/// <summary>Everything the page shows, gathered from the store, the scenario and the models before any markup is written.</summary>
public sealed record ReportContent(
    LoadedScenario Loaded,
    SeedRange Seeds,
    EnsembleSummary Summary,
    RepresentativeRun Representative,
    IReadOnlyList<FidelityLine> Fidelity,
    IReadOnlyList<BilingualChart> Charts,
    IReadOnlyList<WhatIfOutcome> WhatIfs,
    MethodsFacts Methods)
{
    /// <summary>The one-at-a-time sensitivity and its tornado chart, when the request asked for it.</summary>
    public SensitivityOutcome? Sensitivity { get; init; }

    /// <summary>The Sobol or Morris sensitivity and its chart, when the request asked for one of them.</summary>
    public GlobalSensitivityOutcome? GlobalSensitivity { get; init; }
}

/// <summary>A global sensitivity analysis of the scenario, and its chart in each language.</summary>
public sealed record GlobalSensitivityOutcome(GlobalSensitivityResult Result, BilingualChart Chart);

/// <summary>The sensitivity of the scenario, and its tornado chart in each language.</summary>
public sealed record SensitivityOutcome(SensitivityResult Result, BilingualChart Chart);

/// <summary>The run whose length is the ensemble's median: its trace for the chronicle and maps, its result for the fidelity table.</summary>
public sealed record RepresentativeRun(ulong Seed, RunTrace Trace, RunResult Result);

/// <summary>A chart drawn once in each language.</summary>
public sealed record BilingualChart(string Stem, string SvgZh, string SvgEn);

/// <summary>One record item: the representative run's fidelity row and the spread of the whole ensemble.</summary>
public sealed record FidelityLine(RecordItem Item, FidelityRow Row, Bi Ensemble);

public sealed record WhatIfOutcome(Variant Variant, PairedComparison Comparison, BilingualChart Chart);

/// <summary>
/// Where the attrition figures come from: the CDB90 fit's size, the setting the CDB90 prior is built for (the
/// scenario's classes and period; null when the scenario gives no classes), its cross-validation (null if not run),
/// the CDB90 prior of the kill rates (null unless derived), and the record figures the calibration's likelihood uses.
/// </summary>
public sealed record MethodsFacts(int Cdb90Battles, double ResidualCorrelation, Cdb90Setting? PriorSetting,
    ValidationReport? Validation, PriorDerivation? Prior, IReadOnlyList<Observation> Likelihood);
