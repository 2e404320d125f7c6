using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siege.Ensembles;
using Siege.Ensembles.WhatIf;
using Siege.Web.Catalog;

namespace Siege.Web.WhatIf;

/// <summary>
/// Runs what-ifs for the API over one run store: identical requests (same scenario content, variant content and
/// number of runs) share one computation, different ones take turns at the store (which one thread uses at a time),
/// and seeds already stored are not run again. The work stops only when the server does, not when a client leaves.
/// </summary>
internal sealed class WhatIfService(string storePath, IHostApplicationLifetime lifetime, ILogger<WhatIfService> log) : IDisposable
{
    private readonly SingleFlight<Key, string> _flights = new(WebLimits.MaxWhatIfsInFlight);
    private readonly SemaphoreSlim _store = new(1, 1);
    private RunStore? _opened;
    private long _executed;

    private sealed record Key(string ScenarioHash, string VariantHash, int Runs);

    /// <summary>What-if computations started (identical requests that joined one count once).</summary>
    public long Started => _flights.Started;

    /// <summary>Runs of the engine done for what-ifs: seeds found in the store are not counted.</summary>
    public long RunsExecuted => Interlocked.Read(ref _executed);

    /// <summary>The what-if JSON, from the computation under way for the same key or a new one; null when too many are under way.</summary>
    public Task<string>? Start(ScenarioEntry scenario, VariantEntry variant, int runs) =>
        _flights.Join(new Key(scenario.Loaded.ContentHash, variant.Variant.ContentHash, runs), () => RunAsync(scenario, variant, runs, lifetime.ApplicationStopping));

    private async Task<string> RunAsync(ScenarioEntry scenario, VariantEntry variant, int runs, CancellationToken stopping)
    {
        await _store.WaitAsync(stopping);
        try
        {
            var clock = Stopwatch.StartNew();
            _opened ??= RunStore.Open(storePath);
            var whatIf = new WhatIfRunner(_opened, scenario.Loaded, variant.Changed, variant.Variant)
            {
                BaselineModel = scenario.Model,
                VariantModel = variant.Model,
            };
            var (comparison, executed) = await whatIf.RunAsync(SeedRange.Of(1, runs), threads: 0, stopping);
            Interlocked.Add(ref _executed, executed);
            log.LogInformation("what-if {Scenario}/{Variant}, {Runs} seeds: {Executed} runs executed in {Seconds:0.0} s",
                scenario.Id, variant.Name, runs, executed, clock.Elapsed.TotalSeconds);
            return EnsembleJson.Serialize(comparison);
        }
        finally
        {
            _store.Release();
        }
    }

    public void Dispose()
    {
        // A what-if still writing has been cancelled by the stopping server; let it commit before the store closes.
        var idle = _store.Wait(TimeSpan.FromSeconds(30));
        _opened?.Dispose();
        if (idle) _store.Release();
    }
}
