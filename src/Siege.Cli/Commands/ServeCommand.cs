using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Siege.Cli.Infrastructure;
using Siege.Ensembles;
using Siege.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege serve</c>: the viewer and the JSON API on this machine until Ctrl+C. The server itself lives in
/// Siege.Web; this command only reads the options, starts it and prints where it listens.
/// </summary>
internal sealed class ServeCommand(CliOutput output) : Command<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <P>")]
        [Description("Port to listen on; 0 picks a free one.")]
        [DefaultValue(SiegeWebOptions.DefaultPort)]
        [TypeConverter(typeof(Accepts.Port))]
        public int Port { get; init; } = SiegeWebOptions.DefaultPort;

        [CommandOption("--host <H>")]
        [Description("IP address (or localhost) to listen on. The default, 127.0.0.1, keeps the server to this machine.")]
        [DefaultValue(SiegeWebOptions.DefaultHost)]
        public string Host { get; init; } = SiegeWebOptions.DefaultHost;

        [CommandOption("--scenario <PATH>")]
        [Description("A scenario folder or .yaml file to serve beside the embedded Hengyang 1944 scenario.")]
        public string? Scenario { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("The SQLite run store of what-ifs; runs already in it are not run again.")]
        [DefaultValue(RunStore.DefaultFileName)]
        public string Store { get; init; } = RunStore.DefaultFileName;

        public SiegeWebOptions Options => new() { Host = Host, Port = Port, ScenarioPath = Scenario, StorePath = Store };

        public override ValidationResult Validate() =>
            Options.Problem() is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        RunStoreOption.Check(settings.Store);
        // Reports a scenario's problems as every other command does, before the server loads it.
        if (settings.Scenario is not null) ScenarioOption.LoadOrFail(settings.Scenario, output);
        var app = SiegeWebHost.Build(settings.Options);
        try
        {
            try
            {
                app.StartAsync(cancellationToken).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on {settings.Host}:{settings.Port}: {e.Message}");
            }
            output.Out.WriteLine($"Siege is serving on {app.Urls.First()}/ (Ctrl+C stops)");
            // The host stops on Ctrl+C (SIGINT) or SIGTERM by itself; this waits for that.
            app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
            return SiegeApp.Ok;
        }
        finally
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
