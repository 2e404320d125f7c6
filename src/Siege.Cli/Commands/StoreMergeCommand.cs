using System.ComponentModel;
using Siege.Cli.Infrastructure;
using Siege.Ensembles;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege store merge OUT IN…</c>: copies the runs (and calibration generations) of each IN store that OUT lacks into
/// OUT, made if missing. A run both hold must be the same run; a store whose run differs is refused whole.
/// </summary>
internal sealed class StoreMergeCommand(CliOutput output) : Command<StoreMergeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OUT>")]
        [Description("The run store to merge into; made if it does not exist.")]
        public string Out { get; init; } = "";

        [CommandArgument(1, "<IN>")]
        [Description("The run stores to merge from (each is read; an older one is converted to this version first).")]
        public string[] Inputs { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        RunStoreOption.CheckNamed("OUT", settings.Out, missing: null);
        foreach (var input in settings.Inputs)
        {
            RunStoreOption.CheckNamed("IN", input, "name a store written by siege ensemble, whatif, sensitivity, report or calibrate");
            if (FilePaths.Same(input, settings.Out))
                throw OutputPaths.Refusal("IN", input, "is OUT itself; a store is not merged into itself");
        }

        using var store = RunStoreOption.OpenNamed("OUT", settings.Out);
        long added = 0, there = 0;
        foreach (var input in settings.Inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Opened once on its own, so that a store of an older version is converted before it is read.
            RunStoreOption.OpenNamed("IN", input).Dispose();
            MergeReport report;
            try
            {
                report = store.Merge(input);
            }
            catch (MergeConflictException conflict)
            {
                var before = added > 0 ? $" ({added:N0} runs of the stores before it were merged)" : "";
                throw OutputPaths.Refusal("IN", input, $"{conflict.Message}; nothing of it was merged{before}");
            }
            added += report.RunsAdded;
            there += report.RunsAlreadyThere;
            output.Out.WriteLine($"{input}: {report.RunsAdded:N0} runs added, {report.RunsAlreadyThere:N0} already in {settings.Out}" +
                (report.GenerationsAdded > 0 ? $", {report.GenerationsAdded:N0} calibration generations added" : ""));
        }
        output.Out.WriteLine($"{settings.Out}: {added:N0} runs added from {settings.Inputs.Length} store{(settings.Inputs.Length == 1 ? "" : "s")}, {there:N0} were there already");
        return SiegeApp.Ok;
    }
}
