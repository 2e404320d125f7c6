using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Siege.Web.Api;
using Siege.Web.Catalog;
using Siege.Web.Security;
using Siege.Web.Traces;
using Siege.Web.WhatIf;

namespace Siege.Web;

/// <summary>
/// The web server of <c>siege serve</c>: the viewer's static files and the JSON API. Build it, then
/// <c>StartAsync</c>; with port 0, <c>app.Urls</c> holds the address it got.
/// </summary>
public static class SiegeWebHost
{
    /// <summary>Builds the server; throws when the options are wrong, the web root is missing or the scenario has problems.</summary>
    public static WebApplication Build(SiegeWebOptions options) => Build(options, adjust: null);

    /// <summary>As <see cref="Build(SiegeWebOptions)"/>; <paramref name="adjust"/> may change the builder (tests put an in-memory server in).</summary>
    internal static WebApplication Build(SiegeWebOptions options, Action<WebApplicationBuilder>? adjust)
    {
        if (options.Problem() is { } problem) throw new ArgumentException(problem, nameof(options));
        var webRoot = Path.GetFullPath(options.WebRoot ?? SiegeWebOptions.ShippedWebRoot);
        if (!Directory.Exists(webRoot)) throw new DirectoryNotFoundException($"{webRoot}: the viewer's folder does not exist");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            // Beside the assembly, not the working directory, so no stray appsettings.json there changes the server.
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
        });
        // Standard output carries only the address; the log goes to standard error: the server's warnings and errors,
        // and a line for each what-if.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Siege", LogLevel.Information);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = WebLimits.MaxRequestBodyBytes;
            if (options.IsLocalhost) kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });

        var catalog = ScenarioCatalog.Load(options.ScenarioPath);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(provider => new WhatIfService(options.StorePath,
            provider.GetRequiredService<IHostApplicationLifetime>(), provider.GetRequiredService<ILogger<WhatIfService>>()));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c => Problems.Fill(c.ProblemDetails, c.HttpContext));
        builder.Services.AddSingleton(_ => new TraceCache()); // made by the container, so disposed with it
        adjust?.Invoke(builder);

        var app = builder.Build();
        foreach (var warning in catalog.Warnings) app.Logger.LogWarning("{Warning}", warning);
        app.Use(SecurityHeaders.InvokeAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(new HostGuard(options).InvokeAsync);
        app.Use(RequestPathGuard.InvokeAsync);
        var files = new PhysicalFileProvider(webRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseRouting();
        ScenarioEndpoints.Map(app);
        return app;
    }
}
