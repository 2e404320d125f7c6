using System.Collections.Concurrent;
using System.Diagnostics;

namespace Siege.LoadTest;

/// <summary>
/// Clients that each send a fixed number of GETs one after another, all clients at once; every answer that is not a
/// 200 with a body, and every exception, is an error.
/// </summary>
internal sealed class Crowd(HttpClient http, int clients, int requestsPerClient)
{
    public sealed record Outcome(Latencies Latencies, int Errors, IReadOnlyDictionary<string, int> ErrorKinds, TimeSpan Elapsed, long Bytes)
    {
        public double RequestsPerSecond => Latencies.Count / Elapsed.TotalSeconds;
    }

    /// <summary>Runs the crowd; <paramref name="pathFor"/> gives the path of a client's n-th request.</summary>
    public async Task<Outcome> RunAsync(Func<int, int, string> pathFor)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, int>();
        long bytes = 0;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        var work = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            await start.Task;
            for (var n = 0; n < requestsPerClient; n++)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(pathFor(client, n));
                    var body = await response.Content.ReadAsByteArrayAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    Interlocked.Add(ref bytes, body.Length);
                    if (!response.IsSuccessStatusCode || body.Length == 0) errors.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, c) => c + 1);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    errors.AddOrUpdate(e.GetType().Name, 1, (_, c) => c + 1);
                }
            }
        })).ToList();
        clock.Start();
        start.SetResult();
        await Task.WhenAll(work);
        clock.Stop();
        return new Outcome(new Latencies(latencies), errors.Values.Sum(), errors, clock.Elapsed, bytes);
    }
}
