using System.ComponentModel;
using Siege.Cli.Infrastructure;
using Siege.Ensembles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>The options shared by the commands that run seeds into the run store (ensemble, whatif).</summary>
public class EnsembleOptions : FormatSettings
{
    [CommandOption("--scenario <PATH>")]
    [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
    public string? Scenario { get; init; }

    [CommandOption("--variant <NAME|PATH>")]
    [Description("A what-if variant: the name of one shipped with the scenario (e.g. relief-early), or a variant file.")]
    public string? Variant { get; init; }

    [CommandOption("--runs <N>")]
    [Description("Number of runs (seeds S to S+N-1). Required.")]
    [TypeConverter(typeof(Accepts.Count))]
    public int? Runs { get; init; }

    [CommandOption("--seed <S>")]
    [Description("First seed.")]
    [DefaultValue(1UL)]
    [TypeConverter(typeof(Accepts.Seed))]
    public ulong Seed { get; init; } = 1;

    [CommandOption("--threads <T>")]
    [Description("Worker threads (default: one per core). The result does not depend on it.")]
    [DefaultValue(0)]
    [TypeConverter(typeof(Accepts.Threads))]
    public int Threads { get; init; }

    [CommandOption("--store <FILE>")]
    [Description("The SQLite run store; runs already in it are not run again.")]
    [DefaultValue(RunStore.DefaultFileName)]
    public string Store { get; init; } = RunStore.DefaultFileName;

    [CommandOption("--plot <DIR>")]
    [Description("Write the charts (PNG and SVG) into this folder, made if missing.")]
    public string? Plot { get; init; }

    /// <summary>The seeds to run; empty where --runs is not needed and not given (sensitivity on a test function).</summary>
    public SeedRange Seeds => SeedRange.Of(Seed, Runs ?? 0);

    /// <summary>The checks of the store and the chart folder every command of the run store makes before any work.</summary>
    public void CheckPaths()
    {
        RunStoreOption.Check(Store);
        if (Plot is not null) OutputPaths.CheckFolder("--plot", Plot, Store);
    }

    public override ValidationResult Validate()
    {
        if (Runs is null) return ValidationResult.Error("--runs is required: how many seeds to run");
        if (Seed > ulong.MaxValue - (ulong)Runs.Value + 1) return ValidationResult.Error("--seed + --runs goes past the largest seed");
        return base.Validate();
    }
}
