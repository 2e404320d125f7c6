using System.Net;
using Siege.Ensembles;

namespace Siege.Web;

/// <summary>How the server is started: where it listens, which scenario it adds, where what-ifs are stored.</summary>
public sealed record SiegeWebOptions
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5044;

    /// <summary>An IP address or <c>localhost</c>. The default keeps the server to this machine.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>The port; 0 picks a free one (read <c>app.Urls</c> after <c>StartAsync</c>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>A scenario folder or <c>.yaml</c> file served beside the embedded Hengyang one (replacing it if its id is the same).</summary>
    public string? ScenarioPath { get; init; }

    /// <summary>The SQLite run store of what-ifs; opened at the first what-if.</summary>
    public string StorePath { get; init; } = RunStore.DefaultFileName;

    /// <summary>The folder of the viewer's files; by default the <c>wwwroot</c> shipped beside this assembly.</summary>
    public string? WebRoot { get; init; }

    /// <summary>The <c>wwwroot</c> folder copied beside the assembly at build time.</summary>
    public static string ShippedWebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>What is wrong with the options, as one line, or null when nothing is.</summary>
    public string? Problem()
    {
        if (Port is < 0 or > 65535) return $"--port must be from 0 to 65535, not {Port}";
        if (IsLocalhost && Port == 0) return "--port 0 (any free port) needs an IP address as --host, e.g. 127.0.0.1, not localhost";
        if (!IsLocalhost && !IPAddress.TryParse(Host, out _)) return $"--host must be an IP address or localhost, not '{Host}'";
        if (string.IsNullOrWhiteSpace(StorePath)) return "--store must name a file";
        if (Path.GetDirectoryName(Path.GetFullPath(StorePath)) is { } folder && !Directory.Exists(folder))
            return $"--store {StorePath}: the folder {folder} does not exist";
        return null;
    }

    internal bool IsLocalhost => string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether only this machine can reach the server, so that only its own names may appear in a Host header.</summary>
    internal bool IsLoopback => IsLocalhost || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));
}
