using System.Text.Json;
using System.Threading.RateLimiting;
using Siege.Engine.Simulation;
using Siege.Trace;

namespace Siege.Web.Traces;

/// <summary>
/// The serialised traces most recently asked for, keyed by (scenario content hash, seed): a run is deterministic, so
/// the bytes for a key never change, and a crowd opening the viewer on the same few seeds costs a few runs, not one
/// per visitor. Concurrent requests for one key share one build (single flight), and only a build takes one of the
/// limited build slots (one per core plus a short queue); a hit or a joiner takes none. When the slots are full a new
/// build is refused (null) rather than queued without bound.
/// </summary>
internal sealed class TraceCache : IDisposable
{
    /// <summary>Traces kept: about 0.9 MB each for Hengyang, so some 30 MB at most.</summary>
    public const int DefaultCapacity = 32;

    private readonly int _capacity;
    private readonly ConcurrencyLimiter _builds;
    private readonly Dictionary<(string Hash, ulong Seed), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = []; // most recently used first
    private readonly Lock _lock = new();
    private long _built;

    public TraceCache(int capacity = DefaultCapacity, int concurrentBuilds = 0, int queuedBuilds = WebLimits.TraceQueue)
    {
        _capacity = capacity;
        _builds = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = concurrentBuilds > 0 ? concurrentBuilds : WebLimits.ConcurrentTraces,
            QueueLimit = queuedBuilds,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>How many traces have been built: the runs of the engine really made, not the requests.</summary>
    public long Built => Interlocked.Read(ref _built);

    /// <summary>The trace's JSON, from the cache, from a build under way, or built now; null when no build slot is free.</summary>
    public Task<byte[]?> GetAsync(string contentHash, SiegeModel model, ulong seed)
    {
        var key = (contentHash, seed);
        Task<byte[]?> flight;
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var found))
            {
                _recency.Remove(found);
                _recency.AddFirst(found);
                return found.Value.Trace;
            }
            // Started on the thread pool, so the run does not happen while the lock is held.
            flight = Task.Run(() => BuildAsync(contentHash, model, seed));
            _entries[key] = _recency.AddFirst(new Entry(key, flight));
            while (_entries.Count > _capacity)
            {
                // Evicting a build under way is harmless: its joiners already hold its task.
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
        // A refused or failed build is not kept, so the next request tries again.
        flight.ContinueWith(t => { if (t.IsFaulted || t.Result is null) Forget(key, flight); },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return flight;
    }

    private async Task<byte[]?> BuildAsync(string contentHash, SiegeModel model, ulong seed)
    {
        using var slot = await _builds.AcquireAsync().ConfigureAwait(false);
        if (!slot.IsAcquired) return null;
        Interlocked.Increment(ref _built);
        // The server traces the scenarios it serves as they are written: no variant.
        return JsonSerializer.SerializeToUtf8Bytes(TraceBuilder.Build(model, seed, new RunProvenance(contentHash, Variant: null)), TraceJson.Options);
    }

    private void Forget((string, ulong) key, Task<byte[]?> flight)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node) && node.Value.Trace == flight)
            {
                _entries.Remove(key);
                _recency.Remove(node);
            }
        }
    }

    public void Dispose() => _builds.Dispose();

    private sealed record Entry((string Hash, ulong Seed) Key, Task<byte[]?> Trace);
}
