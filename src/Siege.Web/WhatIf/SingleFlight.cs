namespace Siege.Web.WhatIf;

/// <summary>
/// Runs work at most once per key at a time: a caller asking for a key whose work is under way joins it and gets the
/// same task. At most <paramref name="capacity"/> keys are under way at once. A finished key is forgotten, so the
/// next request for it starts afresh (and, for a what-if, finds its runs in the store).
/// </summary>
internal sealed class SingleFlight<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, Task<TValue>> _flights = [];
    private readonly Lock _lock = new();
    private long _started;

    /// <summary>How many flights have been started: the work that really ran, not the callers who asked.</summary>
    public long Started => Interlocked.Read(ref _started);

    /// <summary>
    /// The task for <paramref name="key"/>: the one under way, or <paramref name="work"/> started now on the thread
    /// pool; null when <c>capacity</c> other keys are under way.
    /// </summary>
    public Task<TValue>? Join(TKey key, Func<Task<TValue>> work)
    {
        Task<TValue> flight;
        lock (_lock)
        {
            if (_flights.TryGetValue(key, out var running)) return running;
            if (_flights.Count >= capacity) return null;
            // Started outside the caller's thread, so no work runs while the lock is held.
            flight = Task.Run(work);
            _flights[key] = flight;
            Interlocked.Increment(ref _started);
        }
        flight.ContinueWith(_ => Forget(key, flight), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return flight;
    }

    private void Forget(TKey key, Task<TValue> flight)
    {
        lock (_lock)
        {
            if (_flights.TryGetValue(key, out var current) && current == flight) _flights.Remove(key);
        }
    }
}
