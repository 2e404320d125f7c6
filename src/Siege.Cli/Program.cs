using Siege.Cli;

return SiegeApp.Run(args, CliOutput.FromConsole());
