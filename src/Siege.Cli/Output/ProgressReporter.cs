using System.Diagnostics;
using System.Globalization;
using Siege.Ensembles;

namespace Siege.Cli.Output;

/// <summary>
/// Ensemble progress on standard error: a bar redrawn in place on a terminal, plain lines at most every two seconds
/// when the stream goes to a file or a pipe (a redrawn bar would fill a log with carriage returns).
/// </summary>
internal sealed class ProgressReporter(TextWriter error, bool redirected)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastLine;

    public void Report(EnsembleProgress p)
    {
        var eta = p.RunsPerSecond > 0 ? TimeSpan.FromSeconds((p.Requested - p.Done) / p.RunsPerSecond) : TimeSpan.Zero;
        var text = string.Create(CultureInfo.InvariantCulture, $"{p.Done:N0}/{p.Requested:N0} runs, {p.RunsPerSecond:0} runs/s, ETA {eta:mm\\:ss}");
        if (!redirected)
        {
            const int width = 30;
            var filled = p.Requested == 0 ? width : (int)((long)width * p.Done / p.Requested);
            error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {text}   ");
            return;
        }
        if (_lastLine is { } last && _clock.Elapsed - last < TimeSpan.FromSeconds(2) && p.Done < p.Requested) return;
        _lastLine = _clock.Elapsed;
        error.WriteLine($"ensemble: {text}");
    }

    public void Finish(EnsembleRunReport report)
    {
        if (!redirected) error.WriteLine();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ensemble: {report.Requested:N0} runs: {report.Reused:N0} already in the store, {report.Executed:N0} run on {report.Threads} thread(s) in {report.Elapsed.TotalSeconds:0.0} s ({report.RunsPerSecond:0} runs/s)"));
    }
}
