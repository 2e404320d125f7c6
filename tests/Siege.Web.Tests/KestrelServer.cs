using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;

namespace Siege.Web.Tests;

/// <summary>
/// The server on a real socket (Kestrel, 127.0.0.1, port 0), serving a web root of its own beside a file that must
/// never be served: what requests that try to climb out of the web root are checked against.
/// </summary>
public sealed class KestrelServer : IAsyncLifetime
{
    public const string Secret = "CANARY: this file lies outside the web root";

    public string Folder { get; } = Directory.CreateTempSubdirectory("siege-kestrel-").FullName;

    public WebApplication App { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public string WebRoot => Path.Combine(Folder, "www");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(WebRoot, "lib"));
        File.WriteAllText(Path.Combine(WebRoot, "index.html"), "<!DOCTYPE html><title>test viewer</title>");
        File.WriteAllText(Path.Combine(WebRoot, "lib", "viewer.js"), "export const answer = 42;");
        File.WriteAllText(Path.Combine(Folder, "secret.txt"), Secret);
        App = SiegeWebHost.Build(new SiegeWebOptions { Port = 0, WebRoot = WebRoot, StorePath = Path.Combine(Folder, "runs.db") });
        await App.StartAsync();
        Address = new Uri(App.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>
    /// Sends a request exactly as written, with no client in between to tidy its path, and returns the status, the
    /// head and the body (its chunks joined) as text.
    /// </summary>
    public async Task<RawAnswer> SendRawAsync(string head, byte[]? body = null)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await tcp.ConnectAsync(Address.Host, Address.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
        if (body is not null) await stream.WriteAsync(body, timeout.Token);
        var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer, timeout.Token);
        }
        catch (IOException)
        {
            // The server may reset a connection whose body it refused; what it answered before is what counts.
        }
        return RawAnswer.Parse(answer.ToArray());
    }

    public Task<RawAnswer> GetRawAsync(string target, string? host = null) =>
        SendRawAsync($"GET {target} HTTP/1.1\r\nHost: {host ?? Address.Authority}\r\nConnection: close\r\n\r\n");
}

/// <summary>An HTTP/1.1 answer as received: the status, the head (status line and headers) and the body.</summary>
public sealed record RawAnswer(int Status, string Head, string Body)
{
    public string Text => Head + Body;

    public void Deconstruct(out int status, out string text) => (status, text) = (Status, Text);

    public static RawAnswer Parse(byte[] answer)
    {
        var split = answer.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(answer, 0, split < 0 ? answer.Length : split);
        var body = split < 0 ? [] : answer[(split + 4)..];
        var status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var chunked = head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        return new RawAnswer(status, head, Encoding.UTF8.GetString(chunked ? Dechunk(body) : body));
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        var body = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var line = chunked.AsSpan(at).IndexOf("\r\n"u8);
            if (line < 0) break;
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, at, line).Split(';')[0], 16);
            if (size == 0) break;
            var start = at + line + 2;
            var length = Math.Min(size, chunked.Length - start);
            body.Write(chunked, start, length);
            at = start + length + 2;
        }
        return body.ToArray();
    }
}
