using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

/// <summary><c>siege sensitivity --method sobol|morris</c>, on the analytic test functions and on Hengyang with a tiny budget.</summary>
public sealed class GlobalSensitivityCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-gsa-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CliRunner.Outcome Sensitivity(params string[] more) =>
        CliRunner.Run(["sensitivity", "--store", Path.Combine(_folder, "s.db"), .. more]);

    [Fact]
    public void Sobol_on_Ishigami_gives_the_published_indices_in_the_promised_shape()
    {
        var result = Sensitivity("--method", "sobol", "--test-function", "ishigami", "--samples", "4096", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("N x (D + 2) = 4,096 x (3 + 2) = 20,480", result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("sobol", json.GetProperty("method").GetString());
        Assert.Equal("ishigami", json.GetProperty("testFunction").GetString());
        Assert.Equal((4096, 1, 20480L), (json.GetProperty("samples").GetInt32(), json.GetProperty("runsPerPoint").GetInt32(), json.GetProperty("runs").GetInt64()));
        Assert.Equal("f", json.GetProperty("output").GetString());

        // Ordered by ST: x1 (0.5576), x2 (0.4424), x3 (0.2437); S1 = 0.3139, 0.4424, 0 (Ishigami, a = 7, b = 0.1).
        var parameters = json.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(["x1", "x2", "x3"], parameters.Select(p => p.GetProperty("path").GetString()));
        double[] s1 = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            var p = parameters[i];
            Assert.Equal(-Math.PI, p.GetProperty("low").GetDouble(), 12);
            Assert.Equal(Math.PI, p.GetProperty("high").GetDouble(), 12);
            Assert.Equal(s1[i], p.GetProperty("S1").GetProperty("value").GetDouble(), 0.02);
            Assert.Equal(st[i], p.GetProperty("ST").GetProperty("value").GetDouble(), 0.02);
            var ci = p.GetProperty("ST").GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.Equal(2, ci.Length);
            Assert.InRange(p.GetProperty("ST").GetProperty("value").GetDouble(), ci[0], ci[1]);
            Assert.False(p.TryGetProperty("muStar", out _));
        }
    }

    [Fact]
    public void Morris_on_Sobol_G_ranks_the_inputs_by_mu_star()
    {
        var result = Sensitivity("--method", "morris", "--test-function", "sobol-g", "--samples", "50", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        var parameters = JsonDocument.Parse(result.Out).RootElement.GetProperty("parameters").EnumerateArray().ToList();
        // a = 0, 1, 4.5, 9 for x1 to x4: the smaller a_i, the more x_i matters; x5 to x8 (a = 99) trail.
        Assert.Equal(["x1", "x2", "x3", "x4"], parameters.Take(4).Select(p => p.GetProperty("path").GetString()));
        Assert.All(parameters, p => Assert.True(p.TryGetProperty("muStar", out _) && p.TryGetProperty("sigma", out _) && !p.TryGetProperty("S1", out _)));
    }

    [Theory]
    [InlineData("--method,anova,--runs,5", "siege: --method must be oat, sobol or morris, not 'anova'")]
    [InlineData("--method,sobol,--samples,100,--runs,5", "siege: --samples must be a power of two of at least 2 for sobol (Saltelli's design takes a whole block of the Sobol sequence), e.g. 64 or 128, not 100")]
    [InlineData("--test-function,ishigami", "siege: --test-function checks a global method: give --method sobol or --method morris with it")]
    [InlineData("--method,sobol,--test-function,rosenbrock", "siege: --test-function must be ishigami or sobol-g, not 'rosenbrock'")]
    [InlineData("--samples,8,--runs,5", "siege: --samples is for --method sobol or morris; oat runs each figure at the two ends of its range")]
    [InlineData("--method,morris", "siege: --runs is required: how many seeds to run")]
    public void Bad_input_gets_one_line_and_exit_code_2(string args, string expected)
    {
        var result = Sensitivity(args.Split(','));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
    }

    [Fact]
    public void Morris_and_Sobol_run_on_Hengyang_through_the_store()
    {
        var plot = Path.Combine(_folder, "plot");
        var morris = Sensitivity("--method", "morris", "--samples", "2", "--runs", "2", "--only", "KillRate", "--format", "json", "--plot", plot);
        Assert.True(morris.ExitCode == 0, morris.Error);
        Assert.Contains("r x (D + 1) = 2 x (2 + 1) = 6 points x 2 seeds = 12 runs", morris.Error);
        var m = JsonDocument.Parse(morris.Out).RootElement;
        Assert.Equal(("morris", "hengyang-1944", 2, 6L, 12L), (m.GetProperty("method").GetString(), m.GetProperty("scenario").GetString(),
            m.GetProperty("runsPerPoint").GetInt32(), m.GetProperty("points").GetInt64(), m.GetProperty("runs").GetInt64()));
        Assert.Equal(["combat.attackerKillRate", "combat.defenderKillRate"],
            m.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("path").GetString()).Order());
        Assert.True(new FileInfo(Path.Combine(plot, "sensitivity-tornado.svg")).Length > 5_000);

        string[] sobol = ["--method", "sobol", "--samples", "4", "--runs", "2", "--only", "KillRate", "--format", "json"];
        var first = Sensitivity(sobol);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("N x (D + 2) = 4 x (2 + 2) = 16 points x 2 seeds = 32 runs", first.Error);
        var s = JsonDocument.Parse(first.Out).RootElement;
        Assert.Equal("durationDays", s.GetProperty("output").GetString());
        Assert.All(s.GetProperty("parameters").EnumerateArray(), p => Assert.Equal(2, p.GetProperty("ST").GetProperty("ci95").GetArrayLength()));

        // A second call finds every point stored (16 of 16 before any run) and prints the same.
        var again = Sensitivity(sobol);
        Assert.Contains("sensitivity: 16/16 points stored", again.Error);
        Assert.Equal(first.Out, again.Out);
    }
}
