using System.Diagnostics;
using System.Globalization;
using System.Text;
using Siege.LoadTest;
using Siege.Web;

// The load test of issue 5: 200 clients at once on loopback, each fetching the page and the traces of a handful of
// seeds, then the what-if of 1,000 runs on a fresh store and again from the store. Figures go to the README by hand.
const int Clients = 200;
const int RequestsPerClient = 20;
ulong[] seeds = [1, 2, 3, 4, 5];

var folder = Directory.CreateTempSubdirectory("siege-load-").FullName;
var app = SiegeWebHost.Build(new SiegeWebOptions { Port = 0, StorePath = Path.Combine(folder, "runs.db") });
await app.StartAsync();
try
{
    var origin = app.Urls.Single().TrimEnd('/');
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients })
    {
        BaseAddress = new Uri(origin),
        Timeout = TimeSpan.FromMinutes(5),
    };
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    Console.WriteLine($"load average before: {LoadAverage()}");

    // Half the requests are the page, half a trace, the seeds taken in turn, so every client asks for every seed
    // while the others do: the first requests meet the builds, the rest the cache.
    var crowd = new Crowd(http, Clients, RequestsPerClient);
    var outcome = await crowd.RunAsync((client, n) => n % 2 == 0 ? "/" : $"/api/scenarios/hengyang-1944/runs/{seeds[(client + n / 2) % seeds.Length]}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"crowd: {Clients} clients x {RequestsPerClient} requests (page and traces of seeds {string.Join(",", seeds)}): " +
        $"{outcome.Latencies.Count} requests, {outcome.Errors} errors, {outcome.Latencies.Describe()}, " +
        $"{outcome.RequestsPerSecond:0} requests/s, {outcome.Bytes / 1e6 / outcome.Elapsed.TotalSeconds:0} MB/s, {outcome.Elapsed.TotalSeconds:0.0} s"));
    foreach (var (kind, count) in outcome.ErrorKinds) Console.WriteLine($"  error {kind}: {count}");
    Console.WriteLine($"load average after the crowd: {LoadAverage()}");

    Console.WriteLine($"what-if relief-early, 1,000 runs, fresh store: {await WhatIfSecondsAsync(http):0.0} s");
    Console.WriteLine($"what-if relief-early, 1,000 runs, from the store: {await WhatIfSecondsAsync(http):0.000} s");
    Console.WriteLine($"load average at the end: {LoadAverage()}");
    return outcome.Errors == 0 ? 0 : 1;
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    Directory.Delete(folder, recursive: true);
}

static async Task<double> WhatIfSecondsAsync(HttpClient http)
{
    var clock = Stopwatch.StartNew();
    using var body = new StringContent("""{"variant":"relief-early","runs":1000}""", Encoding.UTF8, "application/json");
    using var response = await http.PostAsync("/api/scenarios/hengyang-1944/whatif", body);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"what-if: HTTP {(int)response.StatusCode}: {text}");
    return clock.Elapsed.TotalSeconds;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "(no /proc/loadavg)";
